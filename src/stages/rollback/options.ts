import type { OptionSpec } from '../stage.ts';

/** The options that say what this run changed (see this-run.ts), cheap for the declaration to import. */
export const thisRunSpecs: OptionSpec[] = [
  {
    name: 'imported',
    type: 'string',
    description:
      "import-images' result (JSON): roll back only the streams it imported and the workloads it set " +
      "(without it, a workload's service-guru.dev/previous-images annotation says)",
  },
  {
    name: 'digests',
    type: 'string',
    description:
      "wait-images' digests (JSON image → digest): without --imported, roll back only the streams that now run one of these digests",
  },
];
