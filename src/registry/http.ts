import { readJson } from '../core/http.ts';

/** The body of a registry answer as JSON, through core's one reader; a web page points at the registry's apiUrl. */
export function readRegistryJson<T>(response: Response, what: string, service: string): Promise<T> {
  return readJson<T>(
    response,
    what,
    service,
    'check that the apiUrl of this registry in the configuration is its API, not a web page or a proxy',
  );
}
