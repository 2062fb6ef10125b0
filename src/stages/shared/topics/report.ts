import type { ReportTable } from '../../../core/report.ts';
import type { StageContext, StageRun } from '../../stage.ts';

export interface RoomOutcome {
  platform: 'matrix' | 'slack';
  room: string;
  outcome: string;
  /** The topic before this run, and after it (in a dry run: after the change it would make). */
  before: string;
  after: string;
  /** The topic saved for revert, where one is saved. */
  saved?: string;
  posted: string[];
  changed: boolean;
  error?: string;
  /** What to do about the error by hand. */
  hint?: string;
  /** Slack: the ts of the notice message that carries the saved topic (give it to topic-revert --notified). */
  notice?: string;
  /** Passes over the room this run took, when more than one (its platform failed, and the room was tried again). */
  passes?: number;
}

/**
 * Outcomes whose error came from the platform (unreachable, an error status, a garbled answer),
 * not from a judgement about the room (no saved topic): another pass a little later may succeed.
 */
export const platformFailures = new WeakSet<RoomOutcome>();

export interface TopicsResult {
  rooms: RoomOutcome[];
  /** "platform:room" → the saved original topic: the output a later step can keep. */
  saved: Record<string, string>;
}

export function finishTopics(ctx: StageContext, title: string, rooms: RoomOutcome[]): StageRun<TopicsResult> {
  const failed = rooms.filter((r) => r.error);
  const saved: Record<string, string> = {};
  for (const r of rooms) if (r.saved !== undefined) saved[`${r.platform}:${r.room}`] = r.saved;
  const failures = failed.map((r) => `${r.platform} ${r.room}: ${r.error}`).join('; ');
  const table: ReportTable = {
    title: `${ctx.dryRun ? 'Dry run: ' : ''}${title} (${ctx.config.deployment})`,
    headers: ['Platform', 'Room', 'Outcome', 'Topic before', 'Topic after', 'Posted'],
    rows: rooms.map((r) => [
      r.platform,
      r.room,
      r.error ? `❌ ${r.outcome}: ${r.error}` : r.outcome,
      r.before,
      r.after,
      r.posted.join(', '),
    ]),
  };
  return {
    ok: failed.length === 0,
    changed: rooms.some((r) => r.changed),
    result: { rooms, saved },
    tables: [table],
    ...(failed.length
      ? {
          error: {
            message: `${failed.length} of ${rooms.length} room(s) failed: ${failures}`,
            hint: [
              ...failed.flatMap((r) => (r.hint ? [`${r.platform} ${r.room}: ${r.hint}`] : [])),
              'the other rooms were handled; fix the cause and run the stage again (it is safe to repeat)',
            ].join('\n'),
          },
        }
      : {}),
  };
}
