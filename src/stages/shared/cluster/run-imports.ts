import * as z from 'zod/mini';

/**
 * What import-images writes on an ImageStream before it imports a tag (annotation
 * service-guru.dev/imports): per tag, the run that imports it and the image the tag had before
 * that run. An attempt of the same run that was killed after its import left the tag on the new
 * image; the resumed attempt reads this record and reports the tag imported from the image before
 * the run, so the rollback undoes it. Another run's record is never claimed: it is replaced.
 */
export const STREAM_IMPORTS_ANNOTATION = 'service-guru.dev/imports';

const tagRecord = z.strictObject({
  /** The run's identity: its GitHub Actions run link, or the deploy state's run id. */
  run: z.string(),
  /** Digest at the head of the tag's history before the run's first attempt; null: a new tag. */
  previous: z.nullable(z.string()),
  at: z.string(),
});

export const streamImportsSchema = z.record(z.string(), tagRecord);

export type StreamImportRecord = z.infer<typeof tagRecord>;
export type StreamImports = z.infer<typeof streamImportsSchema>;

/** The records on a stream; an unreadable one is none (then nothing is claimed). */
export function readStreamImports(text: string | undefined): StreamImports {
  if (!text) return {};
  try {
    const parsed = streamImportsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * The image the tag had before `run` when the tag moved since an earlier attempt of `run` wrote its
 * record (that attempt's import, or the scheduled import of the tag it set), else undefined.
 */
export function earlierAttempt(
  record: StreamImportRecord | undefined,
  run: string | undefined,
  current: string | null,
): string | null | undefined {
  if (!record || !run || record.run !== run || current === record.previous) return undefined;
  return record.previous;
}
