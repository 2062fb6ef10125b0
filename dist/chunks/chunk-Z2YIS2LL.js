import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  list
} from "./chunk-N6UHWS4B.js";
import {
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/quay-cleanup/options.ts
var quayCleanupOptionSpecs = [
  { name: "only", type: "list", description: "Clean only these Quay repositories (namespace/name), e.g. packit/packit-worker" }
];
function quayRepositories(config) {
  const repos = config.components.flatMap(
    (c) => c.images.map((i) => /^quay\.io\/([^:]+):/.exec(i.image)?.[1]).filter((r) => !!r)
  );
  return [...new Set(repos)];
}
function parseQuayCleanupOptions(raw, config) {
  const all = quayRepositories(config);
  const only = list(raw, "only");
  for (const repo of only) {
    if (!all.includes(repo))
      throw new UsageError(
        `--only: ${repo} is not the repository of a configured quay.io image`,
        `choose among: ${all.join(", ") || "(none configured)"}`
      );
  }
  const repositories = only.length ? only : all;
  if (!repositories.length)
    throw new UsageError(
      "no component has a quay.io image: nothing to clean",
      "list the images under components[].images (e.g. quay.io/packit/packit-service:prod)"
    );
  const settings = config.quayCleanup;
  const olderThanMs = parseDuration(settings.olderThan ?? "90d", "quayCleanup.olderThan");
  if (olderThanMs < 864e5)
    throw new UsageError(
      `quayCleanup.olderThan: ${settings.olderThan} is less than a day`,
      "a monthly cleanup keeps at least a day of images; write e.g. 90d"
    );
  return { olderThanMs, keep: settings.keep ?? 10, protect: settings.protect ?? [], repositories };
}

export {
  quayCleanupOptionSpecs,
  parseQuayCleanupOptions
};
