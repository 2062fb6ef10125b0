import type { ApprovalState, ChatText } from '../../chat/approval.ts';
import { escapeHtml } from '../shared/topics/notices.ts';

/** What is about to be deployed, as the plan found it. */
export interface ApprovalFacts {
  deployment: string;
  components: Array<{ name: string; commits: number; titles: string[] }>;
  /** Image references that will roll (those of the components that move). */
  images: string[];
  /** The freeze window in force ("deployments are frozen … : reason"), or null. */
  freeze: string | null;
  runUrl: string | undefined;
}

/** At most this many titles per component: a request is read in a minute, not scrolled. */
export const TITLES_PER_COMPONENT = 5;
const TITLE_LENGTH = 100;

/** Words that notify a whole room or channel when they stand in a message's text. */
const BROADCAST = /@(room|here|channel|everyone)\b/gi;
/** Word joiner: "@\u2060room" reads as @room, and matches no mention rule. */
const JOINER = '\u2060';

/** Outside text for plain bodies (Matrix body, notification previews): broadcast words defused. */
export function plainText(text: string): string {
  return text.replace(BROADCAST, (m) => `@${JOINER}${m.slice(1)}`);
}

/** Outside text for HTML (Matrix formatted_body): markup escaped, broadcast words defused. */
export function htmlText(text: string): string {
  return escapeHtml(plainText(text));
}

/**
 * Outside text for Slack mrkdwn: `&`, `<` and `>` escaped as Slack documents (so `<!here>`,
 * `<@U…>` and `<url|text>` are text), broadcast words defused, and a zero-width space before
 * each of `* _ ~ \`` so a title cannot open bold, italics, strike or code over the message.
 */
export function slackText(text: string): string {
  return plainText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => `\u200B${c}`);
}

/** The first line of a title, shortened. */
export function firstLine(title: string): string {
  const line = title.split(/\r?\n/, 1)[0]!.trim();
  return [...line].length > TITLE_LENGTH ? [...line].slice(0, TITLE_LENGTH - 1).join('') + '…' : line;
}

const http = (url: string | undefined): string | undefined => (url && /^https:\/\/[^\s<>"]+$/.test(url) ? url : undefined);

/** Every line as (plain, html, slack), so that each chat gets its own markup from one text. */
interface Line {
  plain: string;
  html: string;
  slack: string;
}

const outside = (text: string): Line => ({ plain: plainText(text), html: htmlText(text), slack: slackText(text) });
const ours = (plain: string, html = escapeHtml(plain), slack = plain): Line => ({ plain, html, slack });

function join(lines: Line[]): ChatText {
  return {
    plain: lines.map((l) => l.plain).join('\n'),
    html: lines.map((l) => l.html).join('<br>\n'),
    slack: lines.map((l) => l.slack).join('\n'),
  };
}

function runLink(label: string, runUrl: string | undefined): Line | undefined {
  const url = http(runUrl);
  if (!url) return undefined;
  return ours(`${label}: ${url}`, `${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`, `${label}: <${url}|${url}>`);
}

function component(c: ApprovalFacts['components'][number]): Line[] {
  const head = outside(`• ${c.name}: ${c.commits} commit${c.commits === 1 ? '' : 's'}`);
  const titles = c.titles.slice(0, TITLES_PER_COMPONENT).map((t) => {
    const l = outside(firstLine(t));
    return { plain: `    – ${l.plain}`, html: `&nbsp;&nbsp;– ${l.html}`, slack: `    – ${l.slack}` };
  });
  const more = c.titles.length > TITLES_PER_COMPONENT ? [ours(`    … and ${c.titles.length - TITLES_PER_COMPONENT} more`)] : [];
  return [head, ...titles, ...more];
}

/** The request: what moves, the images that roll, the freeze status, and where to approve. */
export function requestMessage(facts: ApprovalFacts): ChatText {
  const lines: Line[] = [
    outside(`🚦 Sign-off needed: ${facts.deployment} deployment`),
    ...(facts.components.length ? facts.components.flatMap(component) : [ours('Nothing moves (a redeploy of what stable has).')]),
    ...(facts.images.length ? [outside(`Images that will roll: ${facts.images.join(', ')}`)] : []),
    outside(facts.freeze ? `🧊 ${facts.freeze}` : 'No freeze window in force.'),
  ];
  const link = runLink('Review and approve', facts.runUrl);
  return join(link ? [...lines, link] : lines);
}

const VERDICT: Record<Exclude<ApprovalState, 'waiting'>, string> = {
  approved: '✅ Approved',
  rejected: '⛔ Rejected',
  'timed-out': '⌛ Not approved in time',
};

/** The request, updated with the verdict in its first line. */
export function updatedMessage(
  facts: ApprovalFacts,
  state: Exclude<ApprovalState, 'waiting'>,
  by: string[],
  at: string | undefined,
): ChatText {
  const request = requestMessage(facts);
  const who = by.length ? ` by ${by.join(', ')}` : '';
  const when = at ? ` at ${at}` : '';
  const verdict = outside(`${VERDICT[state]}${who}${when}`);
  return {
    plain: `${verdict.plain}\n${request.plain}`,
    html: `<b>${verdict.html}</b><br>\n${request.html}`,
    slack: `*${verdict.slack}*\n${request.slack}`,
  };
}

/** The one reminder. */
export function reminderMessage(deployment: string, waitedFor: string, runUrl: string | undefined): ChatText {
  const link = runLink('Review and approve', runUrl);
  return join([outside(`⏰ The ${deployment} deployment has been waiting for sign-off for ${waitedFor}.`), ...(link ? [link] : [])]);
}
