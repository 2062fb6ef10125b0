/**
 * The five invariants of a deploy under faults (issue 18), checked on what one run left behind.
 * Each checker is a pure function of an Observation, so a test can plant a violation and see it caught.
 */

export interface Invocation {
  /** faulted, killed, resume --from STEP, restart. */
  label: string;
  /** The exit code; -1 when it hung past the deadline (or never ran). */
  code: number;
  stdout: string;
  stderr: string;
  json: { ok?: boolean; error?: { message?: string; hint?: string }; result?: DeployJson } | undefined;
  hung: boolean;
}

export interface DeployJson {
  steps?: Array<{ id: string; status: string; error?: { message?: string; hint?: string } }>;
  results?: Record<string, unknown>;
}

export interface Workload {
  /** cluster/namespace/kind/name. */
  name: string;
  /** The image repository it runs. */
  stream: string;
  before: string | null;
  /** The digest this run's builds pushed last (null: nothing new). */
  new: string | null;
  /** Every digest pushed during the run (a hotfix on stable builds too). */
  pushed: string[];
  after: string | null;
  /** In a production cluster (deploy imports there; staging only gates). */
  production: boolean;
}

export interface Observation {
  run: number;
  seed: number;
  components: Array<{
    name: string;
    before: string;
    approved: string;
    after: string | null;
    /** A hotfix someone pushed onto stable during the run, and the stable it was pushed onto. */
    pushed?: { sha: string; parent: string };
  }>;
  rooms: Array<{ platform: string; room: string; original: string; after: string; messages: string[] }>;
  failedNotice: string;
  workloads: Workload[];
  /** The deploy under faults, then the resume (if any) after they stopped. */
  invocations: Invocation[];
  texts: Array<{ where: string; text: string }>;
  sentinels: string[];
}

export interface Violation {
  invariant: 1 | 2 | 3 | 4 | 5;
  what: string;
}

/**
 * 1: stable untouched or exactly the approved commit; never backwards; a hotfix pushed behind the
 * deploy's back is kept, or replaced only by a move that says so (names the dropped commit).
 */
export function checkStable(o: Observation): Violation[] {
  const out: Violation[] = [];
  const said = o.invocations.map((i) => `${i.stdout}\n${i.stderr}`).join('\n');
  for (const c of o.components) {
    const where = `${c.name}: stable is ${c.after?.slice(0, 7) ?? 'gone'}`;
    const hotfix = c.pushed;
    if (hotfix && c.after === hotfix.sha) continue;
    if (c.after !== c.before && c.after !== c.approved) {
      out.push({
        invariant: 1,
        what: `${where}, neither what it was (${c.before.slice(0, 7)}) nor the approved ${c.approved.slice(0, 7)}${
          hotfix ? ` nor the hotfix ${hotfix.sha.slice(0, 7)}` : ''
        }`,
      });
    } else if (hotfix && hotfix.parent === c.approved) {
      out.push({
        invariant: 1,
        what: `${where}: moved backwards over the hotfix ${hotfix.sha.slice(0, 7)} pushed on top of the approved commit`,
      });
    } else if (hotfix && !said.includes(hotfix.sha.slice(0, 7))) {
      out.push({ invariant: 1, what: `${where}: the hotfix ${hotfix.sha.slice(0, 7)} pushed during the run was replaced without a word` });
    }
  }
  return out;
}

/** 2: every room ends with its original topic or our failed notice (the original then recoverable); no message twice. */
export function checkRooms(o: Observation): Violation[] {
  const out: Violation[] = [];
  const everything =
    o.invocations.map((i) => i.stdout).join('\n') +
    o.texts
      .filter((t) => t.where.includes('deploy-state'))
      .map((t) => t.text)
      .join('\n');
  for (const r of o.rooms) {
    const where = `${r.platform} ${r.room}`;
    if (r.after === r.original) {
      // restored
    } else if (r.after === o.failedNotice && o.failedNotice) {
      if (!everything.includes(JSON.stringify(r.original).slice(1, -1)))
        out.push({
          invariant: 2,
          what: `${where}: shows the failed notice and the original topic "${r.original}" is in no output or state file`,
        });
    } else {
      out.push({
        invariant: 2,
        what: `${where}: ends with topic "${r.after}", neither the original "${r.original}" nor the failed notice`,
      });
    }
    const seen = new Set<string>();
    for (const m of r.messages) {
      if (seen.has(m)) out.push({ invariant: 2, what: `${where}: message posted twice: ${m.slice(0, 120)}` });
      seen.add(m);
    }
  }
  return out;
}

interface StreamOutcome {
  stream?: string;
  status?: string;
  digest?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Entries of a stage result that name a stream (import-images' and rollback's lists), wherever they sit. */
function streamEntries(result: unknown): StreamOutcome[] {
  if (!result || typeof result !== 'object') return [];
  if (Array.isArray(result)) return result.flatMap(streamEntries);
  const o = result as Record<string, unknown>;
  if (typeof o.stream === 'string' && typeof o.status === 'string') return [o];
  return Object.values(o).flatMap(streamEntries);
}

/**
 * 3: every workload runs the new image or the one before, and a result says which (an import of
 * the new one; a rollback when it went back); nothing is rolled back from an image this run did
 * not bring.
 */
export function checkWorkloads(o: Observation): Violation[] {
  const out: Violation[] = [];
  const news = new Set(o.workloads.flatMap((w) => [...(w.new ? [w.new] : []), ...w.pushed]));
  const imported = new Set<string>();
  const rollbacks: StreamOutcome[] = [];
  for (const inv of o.invocations) {
    const results = inv.json?.result?.results ?? {};
    for (const e of streamEntries(results['import-images'])) if (e.status === 'imported' && e.digest) imported.add(e.digest);
    rollbacks.push(...streamEntries(results.rollback).filter((e) => e.status === 'rolled-back'));
  }
  const of = (w: Workload, e: StreamOutcome): boolean => !!e.stream && w.name.includes(`/${e.stream}`);
  for (const w of o.workloads) {
    if (w.after !== w.before && w.after !== w.new && !w.pushed.includes(w.after ?? '')) {
      out.push({
        invariant: 3,
        what:
          `${w.name}: runs ${w.after ?? 'nothing'}, neither the image before ` +
          `(${w.before ?? 'none'}) nor the new one (${w.new ?? 'none'})`,
      });
    } else if (w.after && w.after !== w.before && !imported.has(w.after)) {
      out.push({ invariant: 3, what: `${w.name}: runs the new image ${w.after} but no result says it was imported` });
    } else if (w.production && w.new && w.after === w.before && imported.has(w.new) && !rollbacks.some((e) => of(w, e))) {
      out.push({
        invariant: 3,
        what: `${w.name}: a result says ${w.new} was imported, yet it runs the image before and no rollback says so`,
      });
    }
  }
  for (const e of rollbacks) {
    if (!e.from || !news.has(e.from))
      out.push({ invariant: 3, what: `rollback of ${e.stream} from ${e.from ?? 'nothing'}, an image this run never brought` });
  }
  return out;
}

/** Services an error message may name (the one that failed), and an instruction. */
const SERVICE =
  /github|copr|matrix|slack|sentry|kubernetes|cluster|openshift|registry|quay|git\b|endpoint|image|stable|state file|topic|room|channel|https?:\/\//i;
const CRASH =
  /\n\s+at .+:\d+:\d+\)?\n|UNCAUGHT|Cannot read properties of|is not a function|Unexpected token|is not valid JSON|Unexpected end of JSON/;

/**
 * 4: each deploy ends with exit 0, or exit 1 naming the service and what to do; never a crash, a
 * usage error mid-run, or a hang; and once the faults stop, the resume completes the deployment.
 */
export function checkExits(o: Observation): Violation[] {
  const out: Violation[] = [];
  for (const inv of o.invocations) {
    const where = inv.label;
    if (inv.hung) out.push({ invariant: 4, what: `${where}: did not end within its deadline (hang)` });
    else if (inv.code !== 0 && inv.code !== 1) out.push({ invariant: 4, what: `${where}: exit ${inv.code}: ${lastLines(inv.stderr)}` });
    const crash = CRASH.exec(`${inv.stderr}\n${inv.stdout}`);
    if (crash) out.push({ invariant: 4, what: `${where}: crashed (${crash[0].trim().slice(0, 160)})` });
    if (!inv.hung && inv.code >= 0 && !inv.json) out.push({ invariant: 4, what: `${where}: stdout is not one JSON document with --json` });
    if (inv.code === 1 && inv.label !== 'killed') {
      const error = inv.json?.error;
      if (!error?.message || !error.hint) out.push({ invariant: 4, what: `${where}: exit 1 without an error message and a hint` });
      for (const step of inv.json?.result?.steps ?? []) {
        if (step.status !== 'failed') continue;
        const text = `${step.error?.message ?? ''} ${step.error?.hint ?? ''}`;
        if (!step.error?.message || !SERVICE.test(text))
          out.push({ invariant: 4, what: `${where}: step ${step.id} failed without naming the service: "${text.trim().slice(0, 200)}"` });
        else if (!step.error.hint)
          out.push({
            invariant: 4,
            what: `${where}: step ${step.id} failed without saying what to do: "${step.error.message.slice(0, 200)}"`,
          });
      }
    }
  }
  const last = o.invocations.at(-1);
  if (last && last.code !== 0 && !last.hung) {
    out.push({
      invariant: 4,
      what: `after the faults stopped, ${last.label} did not complete the deployment: ${lastLines(
        last.json?.error?.message ?? last.stderr,
      )}${(last.json?.result?.steps ?? [])
        .filter((s) => s.status === 'failed')
        .map((s) => ` [${s.id}: ${(s.error?.message ?? '').slice(0, 300)}]`)
        .join('')}`,
    });
  }
  if (last?.code === 0) {
    // Complete: stable at the approved commit, or at the hotfix the runner itself pushed on top of
    // it after the move (which the deploy rightly leaves alone); a hotfix on the old stable is not.
    for (const c of o.components)
      if (c.after !== c.approved && !(c.pushed && c.after === c.pushed.sha && c.pushed.parent === c.approved))
        out.push({
          invariant: 4,
          what: `${c.name}: the deployment completed but stable is not at the approved commit${
            c.pushed && c.after === c.pushed.sha ? ` (it is at the hotfix ${c.pushed.sha.slice(0, 7)} pushed onto the old stable)` : ''
          }`,
        });
    for (const w of o.workloads)
      if (w.production && w.new && (w.after === w.before || !w.pushed.includes(w.after ?? '')))
        out.push({ invariant: 4, what: `${w.name}: the deployment completed but it does not run the new image` });
  }
  return out;
}

const lastLines = (text: string): string => text.trim().split('\n').slice(-2).join(' | ').slice(0, 300);

/** The ways a secret shows up in text: verbatim, URL-encoded, base64 (at each of the three alignments) and base64url. */
export function encodings(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), encodeURIComponent(encodeURIComponent(secret))]);
  for (let pad = 0; pad < 3; pad++) {
    const bytes = Buffer.concat([Buffer.alloc(pad, 0x20), Buffer.from(secret, 'utf8')]);
    const whole = Math.floor(bytes.length / 3) * 4;
    for (const coding of ['base64', 'base64url'] as const) {
      const core = bytes.toString(coding).slice(pad ? 4 : 0, whole);
      if (core.length >= 12) forms.add(core);
    }
  }
  return [...forms];
}

/** 5: no sentinel secret in any output, file or request log, in any encoding. */
export function checkSecrets(o: Observation): Violation[] {
  const out: Violation[] = [];
  for (const secret of o.sentinels) {
    const forms = encodings(secret);
    for (const t of o.texts) {
      const hit = forms.find((f) => t.text.includes(f));
      if (hit) out.push({ invariant: 5, what: `secret ${secret.slice(0, 16)}… found in ${t.where}${hit === secret ? '' : ' (encoded)'}` });
    }
  }
  return out;
}

export const INVARIANTS = [checkStable, checkRooms, checkWorkloads, checkExits, checkSecrets];

export function checkAll(o: Observation): Violation[] {
  return INVARIANTS.flatMap((check) => check(o));
}
