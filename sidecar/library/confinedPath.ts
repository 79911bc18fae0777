// Resolves a user-supplied relative path inside one root folder, refusing anything that leaves it:
// "..", absolute paths, NUL bytes, and symlinks whose target lies outside the root.
import { realpath } from 'node:fs/promises'
import path from 'node:path'

export class PathRefused extends Error {
  constructor(
    message: string,
    readonly field: string
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

/** The real path of `rel` under `root`, after following symlinks; throws PathRefused when it escapes. */
export async function resolveInside(root: string, rel: string, field: string): Promise<string> {
  const clean = checkRelativePath(rel, field)
  const realRoot = await realpath(root)
  let real: string
  try {
    real = await realpath(path.join(realRoot, clean))
  } catch {
    throw new PathRefused(`no such file or folder: ${clean || '.'}`, field)
  }
  const relative = path.relative(realRoot, real)
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new PathRefused('this path leads outside the folder (through a symlink)', field)
  }
  return real
}
