import * as z from 'zod/mini';

/**
 * What import-images writes on a workload it changed (annotation
 * service-guru.dev/previous-images), so a standalone rollback finds the images to put back:
 * per container, the image it ran before (`from`) and the one set (`to`). `rolledBack` marks a
 * record already used, so a second rollback does not "restore" the new image.
 */
export const previousImagesSchema = z.strictObject({
  containers: z.record(z.string(), z.strictObject({ from: z.string(), to: z.string() })),
  at: z.string(),
  /** The run that set them (import-images --run): a later attempt of that run reports them as its own. */
  run: z.optional(z.string()),
  rolledBack: z.optional(z.boolean()),
});

export type PreviousImages = z.infer<typeof previousImagesSchema>;

/** The record on a workload, or undefined when there is none or it cannot be read (then nothing is rolled back). */
export function readPreviousImages(text: string | undefined): PreviousImages | undefined {
  if (!text) return undefined;
  try {
    const parsed = previousImagesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** A workload as import-images left it: per container, what it ran before and what it was set to. */
export type { ImportedWorkload } from './changes.ts';
export { changesOf } from './changes.ts';

export interface WorkloadChange {
  /** kind/name as configured, e.g. deployment/orders-api. */
  workload: string;
  containers: Array<{ name: string; previous: string; image: string }>;
}
