import { spawn } from 'node:child_process';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { formatDuration } from '../core/duration.ts';
import { StageError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { TransientError, withRetry, type RetryPolicy } from '../core/retry.ts';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitRunOptions {
  cwd: string;
  /** Reads from a remote (ls-remote, fetch): transient network failures are tried again. */
  retry?: boolean;
  /** Config entries passed through the environment (GIT_CONFIG_*), e.g. an auth header: never argv or disk. */
  config?: Array<[string, string]>;
  /** Names the command in errors and retry lines, without credentials, e.g. "git fetch https://host/repo.git". */
  what?: string;
  /** Overrides the runner's per-command time limit. */
  timeoutMs?: number;
}

/** The one way this project runs git: an argument array, a time limit per command, retries through the one policy. */
export interface Git {
  run(args: string[], options: GitRunOptions): Promise<GitResult>;
}

export interface GitOptions {
  env: Record<string, string | undefined>;
  logger?: Logger;
  clock?: Clock;
  /** Longest run of one git command (default 5 minutes: a first fetch of a big history). */
  timeoutMs?: number;
  policy?: Partial<RetryPolicy>;
}

/** curl's and git's words for a network failure that another attempt may not meet. */
const TRANSIENT =
  /Could not resolve host|Failed to connect|Couldn't connect|Connection (refused|reset|timed out)|timed out|early EOF|RPC failed|HTTP (429|5\d\d)|returned error: (429|5\d\d)|remote end hung up/i;

const silent: Logger = { info() {}, warning() {}, error() {}, debug() {}, group: (_n, fn) => fn() };

/**
 * git without a terminal (no credential prompts), in the C locale so messages can be read, under
 * a time limit. Not @actions/exec: it echoes the command line and streams output into the log
 * (stdout must stay one JSON document with --json), and it has no time limit.
 */
export function createGit(options: GitOptions): Git {
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const logger = options.logger ?? silent;
  const clock = options.clock ?? systemClock;
  return {
    async run(args, run) {
      const env = childEnv(options.env, run.config ?? []);
      const what = run.what ?? `git ${args[0] ?? ''}`;
      const limit = run.timeoutMs ?? timeoutMs;
      if (!run.retry) {
        const result = await exec(args, run.cwd, env, AbortSignal.timeout(limit));
        if (result === 'timeout')
          throw new StageError(
            `${what}: no answer within ${formatDuration(limit)}`,
            'check that the remote is reachable; then run the stage again',
          );
        return result;
      }
      let last: GitResult | undefined;
      try {
        return await withRetry(
          { service: 'git', what, logger, clock, policy: { attempts: 3, attemptTimeoutMs: limit, ...options.policy } },
          async (signal) => {
            const result = await exec(args, run.cwd, env, signal);
            if (result === 'timeout') {
              last = undefined;
              throw new TransientError(`no answer within ${formatDuration(limit)}`);
            }
            last = result;
            // curl cannot tell a name that does not exist from a resolver that did not answer: one more try, not a backoff's worth.
            const unresolved = /Could not resolve host/i.test(result.stderr);
            if (result.code !== 0 && TRANSIENT.test(result.stderr))
              throw new TransientError(lastLine(result.stderr), undefined, { once: unresolved });
            return result;
          },
        );
      } catch (error) {
        // Out of attempts: the caller reads git's own last words, as for any failed command.
        if (last) return last;
        throw error;
      }
    },
  };
}

/**
 * git runs in a process group of its own, and a time limit ends the whole group: git hands the
 * network to a helper process (git-remote-https) that a signal to git alone leaves running,
 * connected to a server that does not answer (a leaked process and socket, until curl's own limits).
 */
function exec(args: string[], cwd: string, env: NodeJS.ProcessEnv, signal: AbortSignal): Promise<GitResult | 'timeout'> {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let overflow = false;
    let size = 0;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    // execFile cannot start a process group (it passes no `detached`): spawn does.
    const child = spawn('git', args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = (): void => {
      timedOut = !overflow;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL'); // no group (it ended already): the child alone, if it still runs
      }
    };
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_OUTPUT) return void into.push(chunk);
      overflow = true;
      stop();
    };
    child.stdout.on('data', collect(stdout));
    child.stderr.on('data', collect(stderr));
    child.on('error', (error) => {
      signal.removeEventListener('abort', stop);
      reject(new StageError(`cannot run git: ${error.message}`, 'install git and put it on the PATH'));
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', stop);
      if (overflow)
        return reject(
          new StageError(`git ${args[0] ?? ''} printed more than ${MAX_OUTPUT / 1024 / 1024} MiB; stopped`, 'run it by hand to see why'),
        );
      if (timedOut) return resolve('timeout');
      resolve({ code: code ?? 1, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** What git may print before it is stopped (a first fetch's progress is on stderr, refs on stdout). */
const MAX_OUTPUT = 64 * 1024 * 1024;

function childEnv(base: Record<string, string | undefined>, config: Array<[string, string]>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_ASKPASS: base.GIT_ASKPASS ?? '' };
  // Appended to what the caller's environment may already pass this way.
  let n = Number(base.GIT_CONFIG_COUNT ?? 0) || 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  }
  if (n) env.GIT_CONFIG_COUNT = String(n);
  return env;
}

function lastLine(text: string): string {
  return text.trim().split('\n').pop() ?? '';
}
