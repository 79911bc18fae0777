// Shared limits and small shapes every resource uses: seeds, text sizes, ComfyUI file references, paths.
import { z } from 'zod'

/** Largest seed that survives JSON in JavaScript (ComfyUI accepts up to 2^64-1). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER
export const MAX_TEXT = 8000
export const MAX_NAME = 120

export const Seed = z.number().int().min(0).max(MAX_SEED)

/** A file in one of ComfyUI's folders, as ComfyUI's history reports it. */
export const FileRef = z.object({
  filename: z.string(),
  subfolder: z.string(),
  type: z.enum(['output', 'input', 'temp']),
})
export type FileRef = z.infer<typeof FileRef>

/** An absolute folder path on the sidecar's machine (POSIX "/..." or Windows "C:\..."). */
export const AbsolutePath = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^(\/|[A-Za-z]:[\\/])/, 'must be an absolute path')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL byte')

export const RefreshQuery = z.object({ refresh: z.enum(['0', '1', 'true', 'false']).optional() })
