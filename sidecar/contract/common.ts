// Shared limits and small shapes every resource uses: seeds, text sizes, ComfyUI file references, paths.
import { z } from 'zod/mini'

/** Largest seed that survives JSON in JavaScript (ComfyUI accepts up to 2^64-1). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER
export const MAX_TEXT = 8000
export const MAX_NAME = 120
/** Most segments one job may have: the final of a job this long is stitched in tests (copy and re-encode). */
export const MAX_SEGMENTS_PER_JOB = 200

/**
 * Control characters a text field refuses: every C0 and C1 control (and DEL) except tab and newline.
 * They cannot be shown, break ffmpeg's metadata files and process arguments (NUL), and a carriage
 * return shifts chapter times; a 400 now is clearer than a failure when the job is finalized.
 */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/
/** Single-line fields (names, file names, words) also refuse tab and newline. */
const CONTROL_OR_LINE_BREAK = /[\u0000-\u001F\u007F-\u009F]/

/** Where the first refused character is, in words ("U+000D at position 12"), or null when there is none. */
export function findControlCharacter(text: string, singleLine = false): string | null {
  const match = (singleLine ? CONTROL_OR_LINE_BREAK : CONTROL_CHARACTER).exec(text)
  if (!match) return null
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
  return `U+${code} at position ${match.index + 1}`
}

/**
 * The one refinement every text field of a request goes through: no control characters but tab and
 * newline (`singleLine`: none at all). The 400 names the field (the issue's path) and the character.
 */
export function plainText<T extends z.ZodMiniString>(schema: T, options: { singleLine?: boolean } = {}): T {
  const singleLine = options.singleLine ?? false
  return schema.check(
    z.superRefine((text: string, ctx) => {
      const found = findControlCharacter(text, singleLine)
      if (found) {
        ctx.addIssue({
          code: 'custom',
          message: `must not contain control characters${singleLine ? ' or line breaks' : ' (only newline and tab are allowed)'}; found ${found}`,
        })
      }
    })
  )
}


export const Seed = z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED))

/** A file in one of ComfyUI's folders, as ComfyUI's history reports it. */
export const FileRef = z.object({
  filename: z.string(),
  subfolder: z.string(),
  type: z.enum(['output', 'input', 'temp']),
})
export type FileRef = z.infer<typeof FileRef>

/** An absolute folder path on the sidecar's machine (POSIX "/..." or Windows "C:\..."). */
export const AbsolutePath = plainText(
  z
    .string().check(z.minLength(1), z.maxLength(1024), z.regex(/^(\/|[A-Za-z]:[\\/])/, 'must be an absolute path')),
  { singleLine: true }
)

export const RefreshQuery = z.object({ refresh: z.optional(z.enum(['0', '1', 'true', 'false'])) })
