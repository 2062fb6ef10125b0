/** What infra-sync records in the cluster after a successful apply, and how it reads it back. */

export const STATE_CONFIGMAP = 'service-guru-infra-sync';
const PREFIX = 'service-guru.dev/';

export interface AppliedState {
  commit: string;
  /** Vault path → KV v2 version applied. */
  secrets: Record<string, number>;
  appliedAt: string;
  runUrl: string | null;
}

import type { ConfigMapContent } from '../../kube/configmaps.ts';

export function stateToConfigMap(state: AppliedState, deployment: string): ConfigMapContent {
  return {
    labels: { 'app.kubernetes.io/managed-by': 'service-guru', [`${PREFIX}owner`]: 'infra-sync', [`${PREFIX}deployment`]: deployment },
    annotations: {
      [`${PREFIX}commit`]: state.commit,
      [`${PREFIX}secret-versions`]: JSON.stringify(state.secrets),
      [`${PREFIX}applied-at`]: state.appliedAt,
      ...(state.runUrl ? { [`${PREFIX}run-url`]: state.runUrl } : {}),
    },
    data: { 'state.json': JSON.stringify(state, null, 2) },
  };
}

/** The recorded state, or why it cannot be used (a ConfigMap of that name that infra-sync does not own). */
export function stateFromConfigMap(content: ConfigMapContent | null): { state: AppliedState | null; problem?: string } {
  if (!content) return { state: null };
  const a = content.annotations;
  if (content.labels[`${PREFIX}owner`] !== 'infra-sync') {
    return {
      state: null,
      problem: `ConfigMap ${STATE_CONFIGMAP} exists but is not labelled ${PREFIX}owner=infra-sync; infra-sync will not overwrite it`,
    };
  }
  const commit = a[`${PREFIX}commit`];
  let secrets: unknown = {};
  try {
    secrets = JSON.parse(a[`${PREFIX}secret-versions`] ?? '{}');
  } catch {
    return { state: null, problem: `annotation ${PREFIX}secret-versions of ConfigMap ${STATE_CONFIGMAP} is not JSON` };
  }
  if (
    !commit ||
    !/^[0-9a-f]{40,64}$/.test(commit) ||
    typeof secrets !== 'object' ||
    secrets === null ||
    Array.isArray(secrets) ||
    Object.values(secrets).some((v) => !Number.isInteger(v))
  ) {
    return { state: null, problem: `ConfigMap ${STATE_CONFIGMAP} has no readable ${PREFIX}commit / ${PREFIX}secret-versions annotations` };
  }
  return {
    state: {
      commit,
      secrets: secrets as Record<string, number>,
      appliedAt: a[`${PREFIX}applied-at`] ?? '',
      runUrl: a[`${PREFIX}run-url`] ?? null,
    },
  };
}
