import { StageError } from '../core/errors.ts';
import { TRANSIENT_STATUSES, TransientError, parseRetryAfter } from '../core/retry.ts';
import type { ClusterTarget } from './cluster.ts';

/** What a request does, in RBAC's words: named in 403 messages and retry lines. */
export interface KubeCall {
  verb: 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete';
  /** Plural resource, with its subresource: "pods", "pods/log", "imagestreamimports". */
  resource: string;
  /** API group, "" for the core API. */
  group?: string;
  name?: string;
}

export const describeCall = (c: KubeCall): string =>
  `${c.verb} ${c.resource}${c.group ? `.${c.group}` : ''}${c.name ? ` "${c.name}"` : ''}`;

/** 404: callers decide whether "not there" is an error. */
export class KubeNotFound extends StageError {}
/** 409: an AlreadyExists or a stale resourceVersion. */
export class KubeConflict extends StageError {}
/** 410: a watch's resourceVersion is too old; list again. */
export class KubeGone extends StageError {}
/** Every attempt failed transiently (5xx, 429, dropped, no answer): a long wait may try again later. */
export class KubeUnreachable extends StageError {}

/** What to check when a cluster cannot be reached: the server URL as configured, then the network. */
export function unreachableHint(target: ClusterTarget): string {
  return (
    `check clusters.${target.name}.server in the configuration (now ${target.server}) ` +
    'and the network from where this runs (DNS, VPN, proxy, firewall)'
  );
}

/**
 * The failure after the attempts ran out on outages: withRetry's "cluster NAME did not answer …"
 * names neither the server nor the field to fix, so both are added here.
 */
export function unreachableAfterRetries(target: ClusterTarget, error: StageError): KubeUnreachable {
  if (!error.message.includes(' did not answer ')) return new KubeUnreachable(error.message, error.hint, { cause: error });
  const answered = /attempts: HTTP \d/.test(error.message);
  return new KubeUnreachable(
    `${error.message} (server ${target.server})`,
    answered
      ? `the API server of cluster "${target.name}" answered with errors every time: check the cluster's status, then run again`
      : unreachableHint(target),
    { cause: error },
  );
}

/** The `message` of a Kubernetes Status body, else the start of the text. */
export function statusMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON: a proxy's page, say
  }
  return body.slice(0, 200).trim();
}

/** Turns a non-2xx answer into the error the stage should see (or a retry). */
export function errorFor(
  target: ClusterTarget,
  call: KubeCall,
  status: number,
  body: string,
  headers: Record<string, string>,
  now: number,
): Error {
  const where = `cluster "${target.name}" (${target.server})`;
  const message = statusMessage(body);
  if (status === 401) {
    return new StageError(
      `${where} refused the token in ${target.tokenEnv} (401 Unauthorized): it has expired or is not valid`,
      `get a fresh token (oc whoami -t after oc login, or oc create token ` +
        `<service-account> -n ${target.namespace}) and set ${target.tokenEnv}`,
    );
  }
  if (status === 403) {
    return new StageError(
      `${where}: the token in ${target.tokenEnv} may not ${call.verb} ${call.resource}` +
        `${call.group ? ` (API group ${call.group})` : ''} in namespace ${target.namespace}${message ? `: ${message}` : ''}`,
      `grant "${call.verb}" on "${call.resource}" to the token's user or service account ` +
        `(a Role in ${target.namespace}; docs/cluster.md lists what each stage needs)`,
    );
  }
  if (TRANSIENT_STATUSES.has(status))
    return new TransientError(`HTTP ${status}${message ? `: ${message}` : ''}`, parseRetryAfter(headers['retry-after'], now));
  const text = `${where}: ${describeCall(call)} answered HTTP ${status}${message ? `: ${message}` : ''}`;
  if (status === 404) return new KubeNotFound(text);
  if (status === 409) return new KubeConflict(text);
  if (status === 410) return new KubeGone(text);
  return new StageError(text);
}
