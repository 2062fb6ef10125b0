import type { ReportTable } from '../../core/report.ts';
import type { StageContext, StageRun } from '../stage.ts';
import { publicMove, type ComponentMove, type PlannedMove } from './plan.ts';

export interface MoveStableResult {
  components: ComponentMove[];
  /** Names of the components whose target branch moved (or would move, in a dry run). */
  moved: string[];
}

export function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '(none)';
}

/** One line per component while reading; a refusal's reason is said once, in the error at the end. */
export function describe(move: PlannedMove): string {
  if (move.status === 'would-move')
    return `${move.action} ${short(move.previous)} → ${short(move.to)}, ${move.commits} commit(s)${move.reason ? `; ${move.reason}` : ''}`;
  if (move.status === 'refused' || move.status === 'failed') return `${move.status} (the reason follows at the end)`;
  return `${move.status}${move.reason ? `: ${move.reason}` : ''}`;
}

export function finish(ctx: StageContext, moves: PlannedMove[], error?: { message: string; hint?: string }): StageRun<MoveStableResult> {
  const components = moves.map(publicMove);
  const moved = components.filter((m) => m.status === 'moved' || m.status === 'would-move').map((m) => m.name);
  return {
    ok: !error,
    changed: components.some((m) => m.status === 'moved'),
    result: { components, moved },
    tables: [summaryTable(ctx, components)],
    ...(error ? { error } : {}),
  };
}

const LABEL: Record<ComponentMove['status'], string> = {
  moved: '✅ moved',
  'would-move': '🔎 would move',
  unchanged: '➖ unchanged',
  refused: '⛔ refused',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

function summaryTable(ctx: StageContext, moves: ComponentMove[]): ReportTable {
  const { source, target } = ctx.config.branches;
  return {
    title: `${ctx.dryRun ? 'Dry run: ' : ''}move ${source} → ${target} (${ctx.config.deployment})`,
    headers: ['Component', 'Outcome', 'Action', `${target} before → after`, 'Commits', 'Note'],
    // Commit subjects and reasons are other people's text: shown as written, never as Markdown or HTML.
    literal: true,
    rows: moves.map((m) => [
      m.name,
      LABEL[m.status],
      m.action,
      m.compareUrl
        ? { text: `${short(m.previous)} → ${short(m.current)}`, href: m.compareUrl }
        : `${short(m.previous)} → ${short(m.current)}`,
      String(m.commits),
      [m.reason, m.coprBuild ? `Copr ${m.coprBuild.package} ${m.coprBuild.version}` : ''].filter(Boolean).join('; '),
    ]),
    details: moves
      .filter((m) => m.promoted?.length && (m.status === 'moved' || m.status === 'would-move'))
      .map((m) => ({
        summary:
          `${m.name}: ${m.commits} commit(s) ${m.status === 'moved' ? 'promoted' : 'to promote'}` +
          `${m.commits > m.promoted!.length ? ` (the newest ${m.promoted!.length})` : ''}`,
        lines: [...m.promoted!, ...(m.commits > m.promoted!.length ? [`… and ${m.commits - m.promoted!.length} older`] : [])],
      })),
  };
}
