import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/shared/cluster/changes.ts
function changesOf(entries) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries)
    if (e.status === "set") out.set(e.workload, { workload: e.workload, containers: e.containers.filter((c) => c.previous !== c.image) });
  return out;
}

export {
  changesOf
};
