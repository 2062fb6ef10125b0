import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.ts';

/** A registry login: sent only as basic auth to the registry's token endpoint (or the registry itself). */
export interface RegistryCredentials {
  username: string;
  password: string;
  /** Where it came from, for messages: never the value. */
  source: string;
}

/** $DOCKER_CONFIG/config.json, else ~/.docker/config.json: what `docker login` and docker/login-action write. */
export function dockerConfigFile(env: Record<string, string | undefined>): string | undefined {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, 'config.json');
  const home = env.HOME ?? env.USERPROFILE;
  return home ? path.join(home, '.docker', 'config.json') : undefined;
}

/** "https://ghcr.io/v1/", "ghcr.io" → "ghcr.io": the keys of auths are written both ways. */
const hostOf = (key: string): string => key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '');

function fromDockerConfig(host: string, file: string): RegistryCredentials | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      'fix its permissions, or set DOCKER_CONFIG',
    );
  }
  let parsed: { auths?: Record<string, { auth?: unknown; username?: unknown; password?: unknown }> };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new UsageError(`${file} is not JSON`, 'docker login writes it; run it again, or set DOCKER_CONFIG to another folder');
  }
  const entry = Object.entries(parsed.auths ?? {}).find(([key]) => hostOf(key) === host)?.[1];
  if (!entry) return undefined;
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw new UsageError(`${file}: auths.${host}.auth is not base64 of user:password`, `run docker login ${host} again`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: `${file} (auths.${host})` };
  }
  if (typeof entry.username === 'string' && typeof entry.password === 'string')
    return { username: entry.username, password: entry.password, source: `${file} (auths.${host})` };
  // Credential helpers (credsStore) keep the secret elsewhere: nothing here to use.
  return undefined;
}

/**
 * The login for a registry host: Docker's credentials file, else for ghcr.io the GitHub token
 * (ghcr.io takes it as the password; its token endpoint is asked with basic auth). None: the
 * registry is read anonymously.
 */
export function registryCredentials(host: string, env: Record<string, string | undefined>): RegistryCredentials | undefined {
  const file = dockerConfigFile(env);
  const found = file ? fromDockerConfig(host, file) : undefined;
  if (found) return found;
  if (host === 'ghcr.io' && env.GITHUB_TOKEN)
    return { username: env.GITHUB_ACTOR || 'service-guru', password: env.GITHUB_TOKEN, source: 'GITHUB_TOKEN' };
  return undefined;
}
