import { openApprovalRooms, type ApprovalRoom, type ApprovalState, type FoundRequest } from '../../chat/approval.ts';
import { formatDuration, parseDuration } from '../../core/duration.ts';
import { UsageError } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import { flag, text } from '../options.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { runUrlFromEnv } from '../shared/run-url.ts';
import { parsePlan } from './plan.ts';
import { reminderMessage, requestMessage, updatedMessage, type ApprovalFacts } from './message.ts';

export type Verdict = Exclude<ApprovalState, 'waiting'>;
const VERDICTS: Verdict[] = ['approved', 'rejected', 'timed-out'];

export interface ApprovalRequestOptions {
  mode: 'request' | 'update' | 'remind';
  /** --update's verdict. */
  verdict: Verdict | undefined;
  plan: string | undefined;
  runUrl: string | undefined;
  /** owner/name#run_id: the run the request is about, its identity in the rooms. */
  marker: string | undefined;
  approvedBy: string[];
  approvedAt: string | undefined;
}

export interface RoomResult {
  platform: 'matrix' | 'slack';
  room: string;
  outcome: string;
  /** Matrix event id or Slack ts of the request. */
  ref?: string;
  error?: string;
}

export interface ApprovalRequestResult {
  mode: ApprovalRequestOptions['mode'];
  marker: string | null;
  rooms: RoomResult[];
}

/** Repeated or comma-separated names, or the JSON list sign-off outputs as approved-by. */
function names(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  if (raw.trim().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new UsageError('--approved-by: not a JSON list', "pass sign-off's approved-by output as it is, or a comma list");
    }
    if (!Array.isArray(parsed) || parsed.some((n) => typeof n !== 'string'))
      throw new UsageError('--approved-by: expected a list of logins', "pass sign-off's approved-by output as it is");
    return parsed as string[];
  }
  return raw
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
}

function markerOf(ctx: StageContext, given: string | undefined): string | undefined {
  const runId = given ?? ctx.env.GITHUB_RUN_ID;
  const repository = ctx.env.GITHUB_REPOSITORY;
  if (!runId) return undefined;
  if (!/^\d+$/.test(runId)) throw new UsageError(`--run-id: "${runId}" is not a run id`, 'give the number in the run URL');
  if (!repository) throw new UsageError('GITHUB_REPOSITORY: not set', 'run inside GitHub Actions, or set it to owner/name of the run');
  return `${repository}#${runId}`;
}

/** The run's page, from its marker (owner/name#id): what a reminder of another run links to. */
function runUrlOf(ctx: StageContext, marker: string): string | undefined {
  const m = /^([^/\s]+\/[^#\s]+)#(\d+)$/.exec(marker);
  const server = ctx.env.GITHUB_SERVER_URL ?? ctx.config.github.serverUrl;
  return m ? `${server.replace(/\/+$/, '')}/${m[1]}/actions/runs/${m[2]}` : undefined;
}

export const approvalRequest: StageCode<ApprovalRequestOptions, ApprovalRequestResult> = {
  parseOptions: (raw, config) => {
    const update = text(raw, 'update');
    const remind = flag(raw, 'remind');
    if (update !== undefined && !(VERDICTS as string[]).includes(update))
      throw new UsageError(`--update: "${update}" is none of ${VERDICTS.join(', ')}`, 'give the outcome of the sign-off job');
    if (update && remind) throw new UsageError('--update and --remind: give one of them', 'the reminder runs on its own (a schedule)');
    const plan = text(raw, 'plan');
    // Read now, so that a plan of another shape is a usage error before any room is written.
    if (plan !== undefined) parsePlan(plan, config);
    return {
      mode: update ? 'update' : remind ? 'remind' : 'request',
      verdict: update as Verdict | undefined,
      plan,
      runUrl: text(raw, 'run-url'),
      marker: text(raw, 'run-id'),
      approvedBy: names(text(raw, 'approved-by')),
      approvedAt: text(raw, 'approved-at'),
    };
  },
  run: (ctx, options) => runApproval(ctx, options),
};

async function runApproval(ctx: StageContext, options: ApprovalRequestOptions): Promise<StageRun<ApprovalRequestResult>> {
  const { config, logger } = ctx;
  const none = !config.chat.approvals?.matrix?.length && !config.chat.approvals?.slack?.length;
  const marker = options.mode === 'remind' && !options.marker ? undefined : markerOf(ctx, options.marker);
  if (none) {
    logger.info('chat.approvals names no room: nothing to post');
    return { ok: true, changed: false, result: { mode: options.mode, marker: marker ?? null, rooms: [] }, tables: [] };
  }
  if (options.mode !== 'remind' && !marker)
    throw new UsageError('--run-id: no run to ask about (GITHUB_RUN_ID is not set)', 'give --run-id, or run inside GitHub Actions');
  const runUrl = options.runUrl ?? (marker ? runUrlOf(ctx, marker) : undefined) ?? runUrlFromEnv(ctx.env);
  const plan = options.plan !== undefined ? parsePlan(options.plan, config) : undefined;
  const facts: ApprovalFacts = { deployment: config.deployment, components: [], images: [], freeze: null, ...plan, runUrl };
  const rooms = await openApprovalRooms({ chat: config.chat, env: ctx.env, logger, clock: ctx.clock });
  const results: RoomResult[] = [];
  for (const room of rooms) {
    const result: RoomResult = { platform: room.platform, room: room.id, outcome: '' };
    try {
      await logger.group(`${room.platform} ${room.id}`, async () => {
        if (options.mode === 'request') await request(ctx, room, facts, marker!, result);
        else if (options.mode === 'update') await update(ctx, room, facts, marker!, options, result);
        else await remind(ctx, room, marker, result);
      });
    } catch (error) {
      result.outcome = 'failed';
      result.error = ctx.secrets.redact(room.describe(error));
      logger.error(`${room.platform} ${room.id}: ${result.error}`);
    }
    results.push(result);
  }
  const failed = results.filter((r) => r.outcome === 'failed');
  const table: ReportTable = {
    title: `Approval request (${options.mode}${marker ? `, ${marker}` : ''})`,
    headers: ['Platform', 'Room', 'Outcome', 'Message'],
    literal: true,
    rows: results.map((r) => [r.platform, r.room, r.outcome + (r.error ? `: ${r.error}` : ''), r.ref ?? '']),
  };
  return {
    ok: failed.length === 0,
    changed: results.some((r) => /^(posted|updated|reminded)/.test(r.outcome)),
    result: { mode: options.mode, marker: marker ?? null, rooms: results },
    tables: [table],
    ...(failed.length
      ? {
          error: {
            message: `could not write to ${failed.map((r) => `${r.platform} ${r.room}`).join(', ')}`,
            hint: 'the request is a courtesy: the sign-off in GitHub still decides; see the error under each room',
          },
        }
      : {}),
  };
}

async function request(ctx: StageContext, room: ApprovalRoom, facts: ApprovalFacts, marker: string, result: RoomResult): Promise<void> {
  const [earlier] = await room.find(ctx.config.deployment, marker);
  if (earlier) {
    // A re-run of the job (or of the whole run): the request is there once already.
    result.outcome = 'already posted';
    result.ref = earlier.ref;
    ctx.logger.info(`the request for ${marker} is there already (${earlier.ref}); not posting again`);
    return;
  }
  if (ctx.dryRun) {
    result.outcome = 'would post';
    ctx.logger.info(`would post:\n${requestMessage(facts).plain}`);
    return;
  }
  result.ref = await room.post(requestMessage(facts), ctx.config.deployment, marker);
  result.outcome = 'posted';
}

async function update(
  ctx: StageContext,
  room: ApprovalRoom,
  facts: ApprovalFacts,
  marker: string,
  options: ApprovalRequestOptions,
  result: RoomResult,
): Promise<void> {
  const verdict = options.verdict!;
  const [earlier] = await room.find(ctx.config.deployment, marker);
  if (!earlier) {
    result.outcome = 'no request found';
    ctx.logger.warning(`no request for ${marker} among the newest messages: nothing to update`);
    return;
  }
  result.ref = earlier.ref;
  if (earlier.state === verdict) {
    result.outcome = `already ${verdict}`;
    return;
  }
  if (ctx.dryRun) {
    result.outcome = `would update: ${verdict}`;
    return;
  }
  const at = options.approvedAt ?? new Date(ctx.clock.now()).toISOString();
  const by = verdict === 'approved' ? options.approvedBy : [];
  await room.update(earlier.ref, updatedMessage(facts, verdict, by, at), ctx.config.deployment, marker, verdict);
  result.outcome = `updated: ${verdict}`;
}

/** Every request of this deployment still waiting longer than chat.approvalReminder and not yet reminded: one reminder each. */
async function remind(ctx: StageContext, room: ApprovalRoom, marker: string | undefined, result: RoomResult): Promise<void> {
  const after = parseDuration(ctx.config.chat.approvalReminder ?? '2h', 'chat.approvalReminder');
  const now = ctx.clock.now();
  const due = (r: FoundRequest): boolean => r.state === 'waiting' && !r.reminded && now - r.postedAt >= after;
  const found = await room.find(ctx.config.deployment, marker);
  const open = found.filter(due);
  // Newest first, a marker once: an older request of the same run is not reminded twice.
  const seen = new Set<string>();
  const reminded: string[] = [];
  for (const r of open) {
    if (seen.has(r.marker)) continue;
    seen.add(r.marker);
    if (!ctx.dryRun)
      await room.remind(
        r.ref,
        reminderMessage(ctx.config.deployment, formatDuration(now - r.postedAt), runUrlOf(ctx, r.marker)),
        ctx.config.deployment,
        r.marker,
      );
    reminded.push(r.marker);
  }
  result.outcome = reminded.length ? `${ctx.dryRun ? 'would remind' : 'reminded'}: ${reminded.join(', ')}` : 'nothing due';
}
