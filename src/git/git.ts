import { execFile } from 'node:child_process';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs git without a terminal (no prompts for credentials), in the C locale so messages can
 * be read. Never echoes the command: a remote URL may carry a token.
 */
export function git(args: string[], cwd: string, env: Record<string, string | undefined> = process.env): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        env: { ...env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_ASKPASS: env.GIT_ASKPASS ?? '' },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error);
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

const TRANSIENT = /Could not resolve host|Failed to connect|Couldn't connect|Connection (refused|reset|timed out)|timed out|early EOF|RPC failed|HTTP (429|5\d\d)|remote end hung up/i;

/**
 * For commands that only read from a remote (ls-remote, fetch): retried, up to three attempts,
 * when git's message looks like a network failure. Pushes are not retried here: the lease decides.
 */
export async function gitRead(args: string[], cwd: string, env: Record<string, string | undefined> = process.env): Promise<GitResult> {
  let result = await git(args, cwd, env);
  for (let attempt = 2; attempt <= 3 && result.code !== 0 && TRANSIENT.test(result.stderr); attempt++) {
    await new Promise((r) => setTimeout(r, 1000 * 2 ** (attempt - 2)));
    result = await git(args, cwd, env);
  }
  return result;
}

/** Hides the password or token in `https://user:token@host/...`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1***@');
}
