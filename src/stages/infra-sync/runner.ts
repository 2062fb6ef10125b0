import { formatDuration } from '../../core/duration.ts';
import { StageError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';

export interface CommandRun {
  exitCode: number;
  lastLines: string[];
  timedOut: boolean;
}

const TAIL = 20;
/** coreutils timeout: 124 when the time ran out (137 when it had to kill). */
const TIMED_OUT = new Set([124, 137]);

/**
 * Runs the apply command without a shell (an argument list), its output streamed into the log
 * inside a group, under coreutils `timeout` (SIGTERM at the deadline, SIGKILL 30 s later), since
 * @actions/exec has no deadline of its own. Keeps the last lines for the error.
 */
export async function runCommand(
  command: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number; logger: Logger; title: string },
): Promise<CommandRun> {
  const tail: string[] = [];
  const keep = (line: string): void => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
  };
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
  // Loaded here: the weekly run is mostly "nothing pending" or a dry run, which never start a command.
  const { exec } = await import('@actions/exec');
  const exitCode = await options.logger.group(options.title, async () => {
    try {
      return await exec('timeout', ['--kill-after=30s', `${seconds}s`, ...command], {
        cwd: options.cwd,
        env: options.env,
        silent: true,
        ignoreReturnCode: true,
        listeners: {
          stdline: (line) => {
            keep(line);
            options.logger.info(line);
          },
          errline: (line) => {
            keep(line);
            options.logger.info(line);
          },
        },
      });
    } catch (error) {
      // A command that is not on the PATH is timeout's exit 127 below; what fails to start here is timeout itself.
      throw new StageError(
        `cannot start coreutils timeout, which runs ${command[0]} under infra.timeout: ` +
          `${error instanceof Error ? error.message : String(error)}`,
        'run infra-sync on a runner with GNU coreutils on the PATH (ubuntu-latest has them; on macOS: brew install coreutils)',
      );
    }
  });
  const timedOut = TIMED_OUT.has(exitCode);
  if (exitCode === 127 && !tail.length) tail.push(`${command[0]}: command not found (exit 127)`);
  if (timedOut) tail.push(`stopped after ${formatDuration(options.timeoutMs)} (infra.timeout)`);
  return { exitCode, lastLines: tail, timedOut };
}
