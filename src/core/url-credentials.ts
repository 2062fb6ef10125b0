/**
 * Credentials written into a URL (`https://user:token@host/...`, `https://token@host/...`): the
 * one reader of them, for git remotes (an auth header instead of argv), for the secrets a run
 * masks, and for every message that names the URL.
 */
export interface UrlCredentials {
  /** The URL without its user part: what argv, files and messages may carry. */
  bare: string;
  /** The user, %-decoded. */
  user: string;
  /** The password, %-decoded; undefined when the URL has none. */
  password: string | undefined;
  /**
   * What must never be shown: the password, or the user of an http(s) URL without one (a token
   * given as the user, as forges accept). An ssh user alone (`ssh://git@host/`) is a name, not a secret.
   */
  secret: string | undefined;
}

/** The user part of `scheme://user[:password]@host/...`, or undefined when the URL has none (a path, scp-like user@host:path). */
export function urlCredentials(raw: string): UrlCredentials | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/is.exec(raw);
  if (!match) return undefined;
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  // As URL parsers do: the host follows the last "@" of the authority (a token may hold an unescaped "@").
  const at = authority.lastIndexOf('@');
  if (at < 0) return undefined;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  const user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? undefined : decode(userinfo.slice(colon + 1));
  const web = /^https?:\/\/$/i.test(scheme);
  const secret = password || (web && user ? user : undefined);
  return { bare: `${scheme}${authority.slice(at + 1)}${rest}`, user, password, secret };
}

/** The URL with its secret replaced by ***, for messages; a URL without one is returned as it is. */
export function redactUrl(raw: string): string {
  const found = urlCredentials(raw);
  if (!found?.secret) return raw;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(raw)![0];
  return `${scheme}***@${found.bare.slice(scheme.length)}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
