import { UsageError } from '../../../core/errors.ts';
import type { Config } from '../../../config/types.ts';

export interface NoticeTexts {
  /** Topic while deploying, failed. */
  deploying: string;
  failed: string;
  finished: string;
  /** The longer message: the notice with the run's URL and the retrigger commands. */
  deployingMessage: string;
  failedMessage: string;
  /**
   * Is this topic one of our notices (deploying or failed), even without the saved record that
   * lists them? Loose: emoji as characters or :codes:, spacing, case and the run's URL aside,
   * and a topic shortened with "…" counts.
   */
  isNotice(topic: string): boolean;
}

const PLACEHOLDERS = ['deployment', 'runUrl', 'retrigger'];

export const DEFAULT_NOTICES = {
  deploying: '⚠️ {deployment} redeployment in progress. ⚠️',
  failed: '⚠️ {deployment} redeployment ran into problems; we are on it. ⚠️',
  finished: '✅ {deployment} redeployment finished.',
};

function render(template: string, field: string, values: Record<string, string>): string {
  return template.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    if (!PLACEHOLDERS.includes(name)) {
      throw new UsageError(`${field}: unknown placeholder {${name}}`, `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
    }
    return values[name] ?? '';
  });
}

/** The run's URL on GitHub Actions, from the runner's environment. */
export function notices(config: Config, runUrl: string | undefined): NoticeTexts {
  const n = config.chat.notices ?? {};
  const retrigger = (n.retrigger ?? []).join(', ');
  const values = { deployment: config.deployment, runUrl: runUrl ?? '', retrigger };
  const deploying = render(n.deploying ?? DEFAULT_NOTICES.deploying, 'chat.notices.deploying', values);
  const failed = render(n.failed ?? DEFAULT_NOTICES.failed, 'chat.notices.failed', values);
  const finished = render(n.finished ?? DEFAULT_NOTICES.finished, 'chat.notices.finished', values);
  const extra = (template: string | undefined): string[] => [
    ...(runUrl && !template?.includes('{runUrl}') ? [`Follow the deployment: ${runUrl}`] : []),
    ...(retrigger && !template?.includes('{retrigger}')
      ? [`If nothing reacts to your actions for 30 minutes, retrigger with ${retrigger}.`]
      : []),
  ];
  return {
    deploying,
    failed,
    finished,
    isNotice: noticeMatcher([n.deploying ?? DEFAULT_NOTICES.deploying, n.failed ?? DEFAULT_NOTICES.failed], [deploying, failed], {
      ...values,
      runUrl: RUN_URL_TOKEN,
    }),
    deployingMessage: [deploying, ...extra(n.deploying)].join('\n'),
    failedMessage: [failed, ...(runUrl && !n.failed?.includes('{runUrl}') ? [`Details: ${runUrl}`] : [])].join('\n'),
  };
}

const RUN_URL_TOKEN = 'sgrunurltoken';

function loose(text: string): string {
  return text
    .replace(/:[a-z0-9_+'-]+:/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

function noticeMatcher(templates: string[], rendered: string[], values: Record<string, string>): (topic: string) => boolean {
  const patterns = templates.map((t) => {
    const parts = loose(t.replace(/\{([^{}]*)\}/g, (_, name: string) => values[name] ?? '')).split(RUN_URL_TOKEN);
    return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  });
  const full = rendered.map(loose);
  return (topic) => {
    const text = loose(topic);
    if (!text) return false;
    if (patterns.some((p) => p.test(text))) return true;
    // Shortened to fit (Slack: 250 characters): the start of one of ours.
    return topic.trimEnd().endsWith('…') && text.length >= 20 && full.some((f) => f.startsWith(text));
  };
}

/** Slack takes topics of at most 250 characters: keep the start and say it was shortened. */
export function fitTopic(text: string, limit: number | undefined): { text: string; shortened: boolean } {
  const chars = [...text];
  if (limit === undefined || chars.length <= limit) return { text, shortened: false };
  return {
    text:
      chars
        .slice(0, limit - 1)
        .join('')
        .trimEnd() + '…',
    shortened: true,
  };
}

/** What a finished run did, for the one line under the finished notice. */
export interface FinishedFacts {
  /** Components whose stable moved; undefined when not known (the line then leaves them out). */
  moved: string[] | undefined;
  /** When the deployment started (epoch ms); undefined: no duration. */
  startedAt: number | undefined;
  now: number;
  runUrl: string | undefined;
}

/** Text for HTML (Matrix formatted_body): nothing in it is markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The finished notice with one line of what happened: "4 components (a, b, c, d), 52 min,
 * healthy" and the run's link; `html` is the same for Matrix's formatted body.
 */
export function finishedMessage(finished: string, facts: FinishedFacts): { text: string; html: string } {
  const parts: string[] = [];
  if (facts.moved)
    parts.push(
      facts.moved.length
        ? `${facts.moved.length} component${facts.moved.length === 1 ? '' : 's'} (${facts.moved.join(', ')})`
        : 'nothing moved',
    );
  if (facts.startedAt !== undefined) parts.push(`${Math.max(0, Math.round((facts.now - facts.startedAt) / 60_000))} min`);
  parts.push('healthy');
  const line = parts.join(', ');
  const url = facts.runUrl && /^https?:\/\//.test(facts.runUrl) ? facts.runUrl : undefined;
  return {
    text: `${finished}\n${line}${url ? `: ${url}` : ''}`,
    html: `${escapeHtml(finished)}<br>${escapeHtml(line)}${url ? `: <a href="${escapeHtml(url)}">the run</a>` : ''}`,
  };
}
