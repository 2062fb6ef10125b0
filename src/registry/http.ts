import { StageError } from '../core/errors.ts';

/**
 * The body of a registry answer as JSON. An HTML page (a proxy, a login page, Quay's 429 page)
 * is named as such: "Unexpected token '<'" tells nobody which service or request it was.
 */
export async function readRegistryJson<T>(response: Response, what: string, service: string): Promise<T> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (/html/i.test(type) || /^\s*<(!doctype|html|head|body)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)</i.exec(text)?.[1]?.trim();
    throw new StageError(
      `${service} answered ${what} with HTML (HTTP ${response.status}${title ? `, "${title.slice(0, 80)}"` : ''}) instead of JSON`,
      'check that the apiUrl of this registry in the configuration is its API, not a web page or a proxy',
    );
  }
  if (!response.ok)
    throw new StageError(`${service} answered HTTP ${response.status} to ${what}${text ? `: ${text.slice(0, 300).trim()}` : ''}`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StageError(
      `${service} answered ${what} with something that is not JSON (${type || 'no content type'}): ${text.slice(0, 120).trim()}`,
    );
  }
}
