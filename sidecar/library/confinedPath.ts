// Resolves a user-supplied relative path inside one root folder, refusing anything that leaves it:
// "..", absolute paths, NUL bytes, and symlinks whose target lies outside the root.
import { realpathSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import path from 'node:path'

/** Why a path was refused: its text, a file that is not there, or a real path outside the root. */
export type PathRefusal = 'text' | 'missing' | 'outside'

export class PathRefused extends Error {
  constructor(
    message: string,
    readonly field: string,
    readonly reason: PathRefusal = 'text'
  ) {
    super(message)
  }
}

/** Pure check of the text of the path; does not touch the disk. */
export function checkRelativePath(rel: string, field: string): string {
  if (rel.includes('\0')) throw new PathRefused('path contains a NUL byte', field)
  const normalized = rel.replace(/\\/g, '/')
  if (normalized.startsWith('/') || /^[A-Za-z]:/.test(normalized)) {
    throw new PathRefused('absolute paths are not allowed; give a path relative to the folder', field)
  }
  if (normalized.split('/').some((part) => part === '..')) {
    throw new PathRefused('".." is not allowed in a path', field)
  }
  return normalized.replace(/^\.\/+/, '').replace(/\/+$/, '')
}

/** True when `real` (a resolved path) is `realRoot` or below it. */
export function isInside(realRoot: string, real: string): boolean {
  const relative = path.relative(realRoot, real)
  return !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
}

function confine(realRoot: string, real: string, field: string): string {
  if (!isInside(realRoot, real)) throw new PathRefused('this path leads outside the folder (through a symlink)', field, 'outside')
  return real
}

/** The real path of `rel` under `root`, after following symlinks; throws PathRefused when it escapes. */
export async function resolveInside(root: string, rel: string, field: string): Promise<string> {
  const clean = checkRelativePath(rel, field)
  const realRoot = await realpath(root)
  let real: string
  try {
    real = await realpath(path.join(realRoot, clean))
  } catch {
    throw new PathRefused(`no such file or folder: ${clean || '.'}`, field, 'missing')
  }
  return confine(realRoot, real, field)
}

/** resolveInside for callers that cannot wait (the same rule, on the same disk state). */
export function resolveInsideSync(root: string, rel: string, field: string): string {
  const clean = checkRelativePath(rel, field)
  const realRoot = realpathSync(root)
  let real: string
  try {
    real = realpathSync(path.join(realRoot, clean))
  } catch {
    throw new PathRefused(`no such file or folder: ${clean || '.'}`, field, 'missing')
  }
  return confine(realRoot, real, field)
}
