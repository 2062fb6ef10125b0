import { BranchMap, type GitHubDouble } from './github.ts';
import { pushImage } from './oci-registry.ts';

/** One component as the builds see it: where its stable lives and what a stable push builds. */
export interface BuiltComponent {
  name: string;
  /** Reads the head of stable (a bare repository's ref file, or the GitHub double's branch). */
  stable(): string | null;
  /** GitHub repository of the build runs (owner/name), when the component has build workflows. */
  repo?: string;
  workflows: string[];
  /** Image repositories on the local registry (without host or tag), the configured tag, the platforms built. */
  images: Array<{ repository: string; tag: string; platforms: string[]; uniqueTag: 'with-epoch' | 'short' }>;
  /** Copr package built from stable: "owner/project/package". */
  copr?: string;
}

export interface BuildEvents {
  /** A build of commit `sha` pushed `repository` with `digest` under these tags. */
  pushed?(component: string, repository: string, digest: string, tags: string[], sha: string): void;
  /** Copr finished a build of `key` at `version`. */
  coprBuilt?(key: string, version: string): void;
}

/**
 * What the CI of every component does when stable moves, as Packit's workflows do: a Copr build
 * of the package (the source version carries `+g<sha7>`), and a build run that pushes the image
 * under a unique tag (`stable-<sha7>-<epoch>` or `stable-<sha7>`) and the configured tag (`prod`,
 * `stable`, …), with the same digest. It watches the stable heads (every 50 ms) and reacts to a move like a push hook.
 */
export class ImageBuilds {
  /** Real milliseconds a build or a Copr build takes. */
  buildMs = 300;
  coprMs = 150;
  /** Components whose next build run fails (the `failed-build` scenario). */
  readonly failing = new Set<string>();
  readonly errors: string[] = [];
  private readonly seen = new Map<string, string | null>();
  private timer: NodeJS.Timeout | undefined;
  private readonly pending = new Set<Promise<void>>();
  /** Per component: how much of its repository's push log was seen, and its last build (builds run in push order). */
  private readonly logged = new Map<string, number>();
  private readonly queue = new Map<string, Promise<void>>();
  private runIds = 5_000_000;

  private readonly components: BuiltComponent[];
  private readonly registryUrl: string;
  private readonly github: GitHubDouble | undefined;
  private readonly now: () => number;
  private readonly events: BuildEvents;

  constructor(options: {
    components: BuiltComponent[];
    registryUrl: string;
    github?: GitHubDouble;
    now: () => number;
    events?: BuildEvents;
  }) {
    this.components = options.components;
    this.registryUrl = options.registryUrl;
    this.github = options.github;
    this.now = options.now;
    this.events = options.events ?? {};
  }

  start(): void {
    for (const c of this.components) {
      this.seen.set(c.name, c.stable());
      const log = this.branchLog(c);
      if (log) this.logged.set(c.name, log.length);
    }
    this.timer = setInterval(() => this.poll(), 50);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.pending);
  }

  /** The push log of the component's GitHub repository, where it has one. */
  private branchLog(c: BuiltComponent): BranchMap['log'] | undefined {
    const branches = c.repo ? this.github?.repos.get(c.repo)?.branches : undefined;
    return branches instanceof BranchMap ? branches.log : undefined;
  }

  /**
   * The heads stable had since the last look, oldest first: every push the repository logged on
   * the branch that holds stable now, or else (a bare repository read by its ref file) the head.
   */
  private pushedHeads(c: BuiltComponent, head: string): string[] {
    const log = this.branchLog(c);
    if (!log) return [head];
    const since = log.slice(this.logged.get(c.name) ?? 0);
    this.logged.set(c.name, log.length);
    const branch = [...since].reverse().find((e) => e.sha === head)?.branch;
    const heads = since.filter((e) => e.branch === branch).map((e) => e.sha);
    return heads.length ? heads : [head];
  }

  private poll(): void {
    for (const c of this.components) {
      const head = c.stable();
      if (!head || head === this.seen.get(c.name)) continue;
      this.seen.set(c.name, head);
      for (const sha of this.pushedHeads(c, head)) {
        // One push after another, as CI's runs of one branch finish: the last push's build tags last.
        const previous = this.queue.get(c.name) ?? Promise.resolve();
        const build = previous
          .then(() => this.build(c, sha))
          .catch((error: unknown) => void this.errors.push(`${c.name}: ${String(error)}`));
        this.queue.set(c.name, build);
        this.pending.add(build);
        void build.finally(() => this.pending.delete(build));
      }
    }
  }

  private async build(c: BuiltComponent, sha: string): Promise<void> {
    const short = sha.slice(0, 7);
    const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
    const coprBuild = c.copr ? wait(this.coprMs).then(() => this.events.coprBuilt?.(c.copr!, `0.1.0.post1+g${short}`)) : Promise.resolve();
    if (!c.images.length) return coprBuild;
    const run = c.repo && this.github ? this.startRun(c, sha) : undefined;
    await wait(this.buildMs);
    if (this.failing.has(c.name)) {
      this.failing.delete(c.name);
      run?.('failure');
      return coprBuild;
    }
    const epoch = Math.floor(this.now() / 1000);
    for (const image of c.images) {
      const tags = [image.tag, image.uniqueTag === 'with-epoch' ? `stable-${short}-${epoch}` : `stable-${short}`];
      const digest = await pushImage(this.registryUrl, image.repository, tags, image.platforms, `${c.name} ${sha}`);
      this.events.pushed?.(c.name, image.repository, digest, tags, sha);
    }
    run?.('success');
    await coprBuild;
  }

  /** Adds an in-progress run per workflow; the returned function completes them. */
  private startRun(c: BuiltComponent, sha: string): (conclusion: 'success' | 'failure') => void {
    const repo = this.github!.repos.get(c.repo!);
    if (!repo) throw new Error(`no repository ${c.repo} on the GitHub stand-in`);
    const runs = c.workflows.map((workflow) => ({
      id: ++this.runIds,
      workflow,
      name: 'Rebuild & push images',
      head_sha: sha,
      head_branch: 'stable',
      status: 'in_progress' as const,
      conclusion: null,
      created_at: new Date(this.now()).toISOString(),
    }));
    repo.runs.push(...runs);
    return (conclusion) => {
      for (const run of runs) Object.assign(run, { status: 'completed', conclusion });
    };
  }
}
