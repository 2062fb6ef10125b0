import { formatDuration } from '../../core/duration.ts';
import type { ReportTable } from '../../core/report.ts';
import type { StageContext } from '../stage.ts';
import type { EndpointCheck } from './endpoints.ts';
import type { ExpectedCommit } from './expected.ts';
import type { PodProblem } from './pods.ts';

export interface CheckResult {
  /** "pods", "sentry", or the endpoint's URL. */
  name: string;
  ok: boolean;
  /** One line: what was seen. */
  line: string;
  /** What a failure is made of (a pod, an issue per line), printed under the line. */
  details?: string[];
}

export interface NewIssue {
  shortId: string;
  title: string;
  count: number;
  link: string;
  firstSeen: string;
}

export interface HealthGateResult {
  ok: boolean;
  cluster: string | null;
  namespace: string | null;
  rounds: number;
  observedMs: number;
  /** The checks of the last round (the failing round, when one failed). */
  checks: CheckResult[];
  /** Names of the checks that failed. */
  failed: string[];
  pods: { total: number; ready: number; problems: PodProblem[] } | null;
  sentry: { window: string; maxNewIssues: number; newIssues: NewIssue[] } | null;
  endpoints: EndpointCheck[];
  expected: ExpectedCommit[];
  /** Set in a pre-flight: what was checked, and why not the rest. */
  scope?: string;
}

/** The job summary: the checks, then what failed in detail (pods, new issues, versions). */
export function tables(ctx: StageContext, result: HealthGateResult): ReportTable[] {
  const out: ReportTable[] = [
    {
      title: `Health of ${ctx.config.deployment}${result.namespace ? ` (${result.namespace})` : ''}`,
      headers: ['Check', 'Result', 'Details'],
      rows: result.checks.map((c) => [c.name, c.ok ? '✅ pass' : '❌ fail', c.line]),
      notes: [`${result.rounds} round(s) over ${formatDuration(result.observedMs)}`, ...(result.scope ? [result.scope] : [])],
    },
  ];
  if (result.pods?.problems.length) {
    out.push({ title: 'Pod problems', headers: ['Pod', 'Problem'], rows: result.pods.problems.map((p) => [p.pod, p.problem]) });
  }
  if (result.sentry?.newIssues.length) {
    out.push({
      title: `New Sentry issues (last ${result.sentry.window})`,
      headers: ['Issue', 'Title', 'Events', 'First seen'],
      rows: result.sentry.newIssues.map((i) => [{ text: i.shortId, href: i.link }, i.title, String(i.count), i.firstSeen]),
    });
  }
  const versions = result.endpoints.flatMap((e) => e.versions ?? []);
  if (versions.length) {
    out.push({
      title: 'Versions',
      headers: ['Component', 'Running', 'Expected', ''],
      rows: versions.map((v) => [
        v.component,
        v.running ?? '?',
        v.expected.slice(0, 7),
        v.ok ? (v.laterOnStable ? `✅ ${v.laterOnStable}` : '✅') : '❌',
      ]),
    });
  }
  return out;
}
