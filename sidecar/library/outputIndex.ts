// The files of ComfyUI's output folder, kept in memory between requests so paging through 20,000 files
// does not walk and stat them all again for every page. A folder is read again only when its own mtime
// changed (a file added, removed or renamed in it); the whole tree is re-read in the background every
// `fullRescanMs` (5 minutes), which catches a file overwritten in place. Bounded by MAX_FILES.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { mediaKind } from './mediaKind'

export interface OutputFile {
  /** Relative to the output folder, '/' separators. */
  path: string
  size: number
  mtimeMs: number
}

interface FolderEntry {
  mtimeMs: number
  files: OutputFile[]
  /** Relative paths of the subfolders. */
  folders: string[]
}

/** Bound the walk so a huge output folder cannot stall the sidecar or fill its memory. */
export const MAX_FILES = 50_000
const MAX_DEPTH = 12
/** Parallel stats while reading a folder (libuv runs four at a time; more only queue). */
const STAT_BATCH = 64

export interface OutputSnapshot {
  /** Changes whenever the list of files (or one's size or mtime) changes. */
  version: number
  files: readonly OutputFile[]
}

export class OutputIndex {
  private folders = new Map<string, FolderEntry>()
  private root: string | null = null
  private snapshot: OutputSnapshot = { version: 0, files: [] }
  private lastFullScan = 0
  private pending: Promise<OutputSnapshot> | null = null
  private background: Promise<void> | null = null

  constructor(private readonly options: { fullRescanMs: number; now?: () => number } = { fullRescanMs: 300_000 }) {}

  /** The files under `root` as of now; concurrent callers share one walk. */
  files(root: string): Promise<OutputSnapshot> {
    this.pending ??= this.refresh(root).finally(() => {
      this.pending = null
    })
    return this.pending
  }

  /** Settles when the full rescan in the background (if one runs) is done. */
  async settled(): Promise<void> {
    await this.background
  }

  private async refresh(root: string): Promise<OutputSnapshot> {
    const now = (this.options.now ?? Date.now)()
    if (root !== this.root) {
      this.folders.clear()
      this.root = root
      this.lastFullScan = now
    } else if (now - this.lastFullScan > this.options.fullRescanMs && !this.background) {
      // Re-reading every file takes a second at 20,000: done beside the requests, which keep the last listing meanwhile.
      this.lastFullScan = now
      this.background = walkTree(root, new Map())
        .then((fresh) => {
          // Nothing changed (the usual case): the sorted lists built on this version stay.
          if (this.root === root) this.publish(fresh.folders, !sameFolders(this.folders, fresh.folders))
        })
        .catch(() => undefined)
        .finally(() => {
          this.background = null
        })
    }
    const walk = await walkTree(root, this.folders)
    this.publish(walk.folders, walk.changed)
    return this.snapshot
  }

  private publish(folders: Map<string, FolderEntry>, changed: boolean): void {
    this.folders = folders
    if (!changed) return
    const files: OutputFile[] = []
    for (const entry of folders.values()) for (const f of entry.files) if (files.length < MAX_FILES) files.push(f)
    this.snapshot = { version: this.snapshot.version + 1, files }
  }
}

function sameFolders(a: ReadonlyMap<string, FolderEntry>, b: ReadonlyMap<string, FolderEntry>): boolean {
  if (a.size !== b.size) return false
  for (const [rel, x] of a) {
    const y = b.get(rel)
    if (!y || x.files.length !== y.files.length) return false
    for (let i = 0; i < x.files.length; i++) {
      const f = x.files[i]
      const g = y.files[i]
      if (!f || !g || f.path !== g.path || f.size !== g.size || f.mtimeMs !== g.mtimeMs) return false
    }
  }
  return true
}

/** Every folder under `root`, read again only where its mtime differs from `known`. */
async function walkTree(root: string, known: ReadonlyMap<string, FolderEntry>): Promise<{ folders: Map<string, FolderEntry>; changed: boolean }> {
  const seen = new Map<string, FolderEntry>()
  let changed = false
  let count = 0
  const visit = async (rel: string, depth: number): Promise<void> => {
    const dir = rel ? path.join(root, rel) : root
    const info = await stat(dir).catch(() => null)
    if (!info?.isDirectory()) return
    let entry = known.get(rel)
    if (entry?.mtimeMs !== info.mtimeMs) {
      entry = await readFolder(dir, rel, info.mtimeMs, MAX_FILES - count)
      changed = true
    }
    seen.set(rel, entry)
    count += entry.files.length
    if (depth >= MAX_DEPTH) return
    for (const sub of entry.folders) {
      if (count >= MAX_FILES) return
      await visit(sub, depth + 1)
    }
  }
  await visit('', 0)
  return { folders: seen, changed: changed || seen.size !== known.size }
}

/** One folder's media files (stat'ed in small parallel batches) and subfolders; symlinks and hidden entries skipped. */
async function readFolder(dir: string, rel: string, mtimeMs: number, room: number): Promise<FolderEntry> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const folders: string[] = []
  const media: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const childRel = rel ? `${rel}/${entry.name}` : entry.name
    if (entry.isDirectory()) folders.push(childRel)
    else if (entry.isFile() && mediaKind(entry.name) && media.length < room) media.push(childRel)
  }
  const files: OutputFile[] = []
  for (let i = 0; i < media.length; i += STAT_BATCH) {
    const batch = media.slice(i, i + STAT_BATCH)
    const infos = await Promise.all(batch.map((p) => stat(path.join(dir, path.posix.basename(p))).catch(() => null)))
    infos.forEach((info, k) => {
      const p = batch[k]
      if (info && p !== undefined) files.push({ path: p, size: info.size, mtimeMs: info.mtimeMs })
    })
  }
  folders.sort()
  return { mtimeMs, files, folders }
}
