import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/rollback/options.ts
var thisRunSpecs = [
  {
    name: "imported",
    type: "string",
    description: "import-images' result (JSON): roll back only the streams it imported and the workloads it set (without it, a workload's service-guru.dev/previous-images annotation says)"
  },
  {
    name: "digests",
    type: "string",
    description: "wait-images' digests (JSON image \u2192 digest): without --imported, roll back only the streams that now run one of these digests"
  }
];

export {
  thisRunSpecs
};
