import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  parseImage
} from "./chunk-25E5E3CG.js";
import {
  movedSpec,
  parseMoved
} from "./chunk-KPTLWIXW.js";
import {
  duration,
  list,
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster
} from "./chunk-OXNICSTU.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/cluster/scope.ts
var KINDS = { deployment: "Deployment", statefulset: "StatefulSet", daemonset: "DaemonSet" };
var clusterScopeSpecs = [
  {
    name: "cluster",
    type: "string",
    description: "Cluster from the configuration (default: the one named like deployment, else the only one)"
  },
  { name: "timeout", type: "string", description: "Give up waiting for the rollout after this long", default: "20m" },
  { name: "only", type: "list", description: "Only these components" },
  movedSpec("only the components that moved")
];
function parseClusterScope(raw, config) {
  const cluster = pickCluster(config, text(raw, "cluster"));
  const none = nothingToRollOut(config);
  if (none) throw none;
  const timeoutMs = duration(raw, "timeout", "20m");
  const only = list(raw, "only");
  const movedText = text(raw, "moved");
  if (only.length && movedText) throw new UsageError("--only and --moved both choose the components; give one of them");
  const names = new Set(config.components.map((c) => c.name));
  if (only.length) {
    for (const name of only)
      if (!names.has(name)) throw new UsageError(`--only: unknown component "${name}"; configured: ${[...names].join(", ")}`);
    return { cluster, timeoutMs, components: only, scope: `--only ${only.join(",")}` };
  }
  if (movedText) {
    const entries = parseMoved(movedText, config);
    const moved = entries.filter((e) => e.status === void 0 || e.status === "moved").map((e) => e.name);
    return { cluster, timeoutMs, components: moved, scope: `--moved (${moved.join(", ") || "nothing moved"})` };
  }
  return { cluster, timeoutMs, components: null, scope: "every component" };
}
function streamTargets(config, components) {
  return config.components.filter((c) => !components || components.includes(c.name)).flatMap(
    (c) => c.images.filter((i) => i.imageStream).map((i) => {
      const [stream, tag] = i.imageStream.split(":");
      return { component: c.name, image: i.image, stream, tag };
    })
  );
}
function workloadTargets(config, components) {
  return config.components.filter((c) => !components || components.includes(c.name)).flatMap(
    (c) => c.images.flatMap(
      (i) => (i.workloads ?? []).map((ref) => {
        const [kind, name, container] = ref.split("/");
        return {
          component: c.name,
          image: i.image,
          repository: repositoryOf(i.image),
          kind: KINDS[kind],
          name,
          ...container ? { container } : {},
          ref
        };
      })
    )
  );
}
function nothingToRollOut(config) {
  if (config.components.some((c) => c.images.some((i) => i.imageStream || i.workloads?.length))) return void 0;
  const images = config.components.flatMap((c) => c.images.map((i) => `${c.name}: ${i.image}`));
  return new UsageError(
    `nothing to roll out: a cluster is configured, but no image under components[].images names an imageStream or workloads` + (images.length ? ` (images: ${images.join(", ")})` : " (no component has images)"),
    "add to each image what runs it: workloads: [deployment/<name>, statefulset/<name>/<container>] (plain Kubernetes), or imageStream: <name>:<tag> (OpenShift)"
  );
}
function withoutRollout(config, components) {
  return config.components.filter((c) => (!components || components.includes(c.name)) && c.images.length).filter((c) => !c.images.some((i) => i.imageStream || i.workloads?.length)).map((c) => c.name);
}
function repositoryOf(image) {
  const ref = parseImage(image);
  return `${ref.host}/${ref.repository}`;
}

export {
  clusterScopeSpecs,
  parseClusterScope,
  streamTargets,
  workloadTargets,
  nothingToRollOut,
  withoutRollout,
  repositoryOf
};
