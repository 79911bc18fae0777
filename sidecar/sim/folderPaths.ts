// ComfyUI's folder rules: annotated names ("x.png [output]"), paths confined to a root, save-name counters.
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import path from 'node:path'

export type FolderType = 'input' | 'output' | 'temp'

export interface SimFolders {
  input: string
  output: string
  temp: string
}

/** Splits " [output]" / " [input]" / " [temp]" off a name; `type` is undefined when there is no annotation. */
export function splitAnnotation(name: string): { name: string; type: FolderType | undefined } {
  const m = /^(.*) \[(output|input|temp)\]$/.exec(name)
  if (m) return { name: m[1] as string, type: m[2] as FolderType }
  return { name, type: undefined }
}

/** `root/rel` if it stays inside root, else null. */
export function confinedPath(root: string, rel: string): string | null {
  const base = path.resolve(root)
  const full = path.resolve(base, rel)
  if (full !== base && !full.startsWith(base + path.sep)) return null
  return full
}

/** Where LoadImage finds an annotated name (default folder: input); null if it would leave the folder. */
export function annotatedFilePath(folders: SimFolders, annotated: string): string | null {
  const { name, type } = splitAnnotation(annotated)
  if (name.split(/[\\/]/).includes('..') || path.isAbsolute(name)) return null
  return confinedPath(folders[type ?? 'input'], name)
}

export function annotatedFileExists(folders: SimFolders, annotated: string): boolean {
  const p = annotatedFilePath(folders, annotated)
  return p !== null && existsSync(p)
}

export class SavePathError extends Error {}

export interface SaveTarget {
  folder: string
  filename: string
  counter: number
  subfolder: string
}

/** folder_paths.get_save_image_path: subfolder from the prefix, counter = 1 + highest `<name>_<n>_` present. */
export function saveTarget(outputDir: string, filenamePrefix: string, width = 0, height = 0): SaveTarget {
  const prefix = filenamePrefix.replace(/%width%/g, String(width)).replace(/%height%/g, String(height))
  const normalized = path.normalize(prefix)
  const subfolder = path.dirname(normalized) === '.' ? '' : path.dirname(normalized)
  const filename = path.basename(normalized)
  const folder = confinedPath(outputDir, subfolder)
  if (folder === null || path.isAbsolute(prefix)) {
    throw new SavePathError(
      `**** ERROR: Saving image outside the output folder is not allowed.\n full_output_folder: ${path.resolve(outputDir, subfolder)}\n         output_dir: ${outputDir}\n         commonpath: ${path.parse(outputDir).root}`
    )
  }
  mkdirSync(folder, { recursive: true })
  let max = 0
  for (const f of readdirSync(folder)) {
    if (f.slice(0, filename.length).toLowerCase() !== filename.toLowerCase() || f[filename.length] !== '_') continue
    const digits = Number.parseInt(f.slice(filename.length + 1).split('_')[0] ?? '', 10)
    if (Number.isFinite(digits) && digits > max) max = digits
  }
  return { folder, filename, counter: max + 1, subfolder }
}

/** VideoHelperSuite's counter: `<name>_<n><non-digits>.<ext>` files, highest n plus one. */
export function vhsCounter(folder: string, filename: string): number {
  mkdirSync(folder, { recursive: true })
  const escaped = filename.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(`^${escaped}_(\\d+)\\D*\\..+$`, 'i')
  let max = 0
  for (const f of readdirSync(folder)) {
    const m = re.exec(f)
    if (m) max = Math.max(max, Number(m[1]))
  }
  return max + 1
}

export const counterText = (n: number): string => String(n).padStart(5, '0')
