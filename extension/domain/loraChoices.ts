// LoRA files as the pickers offer them: grouped by folder, a high/low pair as one entry, our metadata
// first and other tools' as a fallback; and what picking one side of a pair does to the other side.
import type { LoraFile, LoraLibraryAnswer, LoraRef } from '../../sidecar/contract'
import { t } from '../i18n'

export type NoiseSide = 'high' | 'low'

export interface LoraEntry {
  /** The file this entry puts on the picker's side. */
  value: string
  label: string
  /** Both halves of a high/low pair behind this entry. */
  pair: { high: string; low: string } | null
  file: LoraFile
}

export interface LoraGroup {
  category: string
  entries: LoraEntry[]
}

export interface SideRows {
  high: LoraRef[]
  low: LoraRef[]
}

const EXTENSION = /\.(safetensors|ckpt|pt|pth|bin|gguf)$/i

function baseName(name: string): string {
  return name.replace(/\\/g, '/').split('/').pop() ?? name
}

/** What the user calls a LoRA: our display name, else another tool's title, else the file's base name. */
export function displayName(file: LoraFile): string {
  return file.meta.display_name || file.external?.title || baseName(file.name).replace(EXTENSION, '')
}

/** Trigger words: ours first, then other tools', each once. */
export function triggerWords(file: LoraFile): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const w of [...file.meta.trigger_words, ...(file.external?.trigger_words ?? [])]) {
    const key = w.trim().toLowerCase()
    if (key && !seen.has(key)) {
      seen.add(key)
      out.push(w.trim())
    }
  }
  return out
}

/** The strength a freshly picked LoRA starts at (the picker's slider goes from 0 to 2). */
export function defaultStrength(file: LoraFile | undefined): number {
  const s = file?.meta.default_strength
  return typeof s === 'number' ? Math.min(2, Math.max(0, s)) : 1
}

export function fileByName(library: LoraLibraryAnswer | null, name: string): LoraFile | undefined {
  return library?.files.find((f) => f.name === name)
}

/** Entries for one side's picker: pairs show once (by their stem), general files and unpaired halves as themselves. */
export function loraGroups(library: LoraLibraryAnswer, side: NoiseSide): LoraGroup[] {
  const groups = new Map<string, LoraEntry[]>()
  const pairOf = new Map<string, { high: string; low: string }>()
  for (const p of library.pairs) {
    pairOf.set(p.high, p)
    pairOf.set(p.low, p)
  }
  for (const file of library.files) {
    const pair = pairOf.get(file.name) ?? null
    // A pair is listed once, under the half that belongs on this side.
    if (pair && pair[side] !== file.name) continue
    const label = pair && !file.meta.display_name && !file.external?.title ? baseName(file.stem) : displayName(file)
    const list = groups.get(file.folder) ?? []
    list.push({ value: file.name, label, pair, file })
    groups.set(file.folder, list)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, entries]) => ({ category, entries: entries.sort((a, b) => a.label.localeCompare(b.label)) }))
}

/** Entries whose label, file name or trigger words contain every word of `text`. */
export function filterGroups(groups: LoraGroup[], text: string): LoraGroup[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  if (!words.length) return groups
  const matches = (e: LoraEntry) => {
    const hay = [e.label, e.value, e.pair?.high ?? '', e.pair?.low ?? '', ...triggerWords(e.file)].join(' ').toLowerCase()
    return words.every((w) => hay.includes(w))
  }
  return groups.map((g) => ({ ...g, entries: g.entries.filter(matches) })).filter((g) => g.entries.length > 0)
}

/**
 * Puts `name` in row `index` of `side`. A freshly filled row takes the LoRA's default strength, and the
 * partner of a paired file lands on the other side: in place of the old pick's partner, else appended.
 */
export function pickLora(rows: SideRows, side: NoiseSide, index: number, name: string, library: LoraLibraryAnswer | null): SideRows {
  const other: NoiseSide = side === 'high' ? 'low' : 'high'
  const before = rows[side][index]
  if (!before) return rows
  const file = fileByName(library, name)
  const strength = before.name ? before.strength : defaultStrength(file)
  const next: SideRows = { high: [...rows.high], low: [...rows.low] }
  next[side][index] = { name, strength }
  const partner = file?.partner
  if (!partner || next[other].some((r) => r.name === partner)) return next
  const oldPartner = before.name ? fileByName(library, before.name)?.partner : null
  const replace = next[other].findIndex((r) => (oldPartner && r.name === oldPartner) || r.name === '')
  const kept = replace === -1 ? undefined : next[other][replace]
  if (kept === undefined) next[other].push({ name: partner, strength })
  else next[other][replace] = { name: partner, strength: kept.name ? kept.strength : strength }
  return next
}

/** Appends trigger words the prompt does not contain yet (comma separated). */
export function appendTriggerWords(prompt: string, words: readonly string[]): string {
  const missing = words.filter((w) => !prompt.toLowerCase().includes(w.toLowerCase()))
  if (!missing.length) return prompt
  const head = prompt.trimEnd()
  return head ? `${head.replace(/[,\s]+$/, '')}, ${missing.join(', ')}` : missing.join(', ')
}

/** A library made from bare file names, for when the sidecar's /api/loras cannot be read. */
export function libraryFromNames(names: readonly string[]): LoraLibraryAnswer {
  const SIDE = /(^|[_\-. ])(high|low)([_\-. ]?noise)?(?=$|[_\-. ])/i
  const stemOf = (n: string) => n.replace(EXTENSION, '').replace(SIDE, '$1*')
  const files: LoraFile[] = names.map((name) => {
    const m = SIDE.exec(baseName(name).replace(EXTENSION, ''))
    const side = m?.[2] ? (m[2].toLowerCase() === 'high' ? 'high' : 'low') : null
    const slash = name.replace(/\\/g, '/').lastIndexOf('/')
    const partner = side ? (names.find((o) => o !== name && stemOf(o) === stemOf(name) && SIDE.test(o)) ?? null) : null
    return {
      name,
      folder: slash === -1 ? '' : name.slice(0, slash),
      side,
      stem: stemOf(name).replace('*', '').replace(/[_\-. ]+$/, ''),
      partner,
      meta: { display_name: null, trigger_words: [], default_strength: null, notes: '', rating: null, preview_image: null },
      external: null,
    }
  })
  const pairs = files
    .filter((f) => f.side === 'high' && f.partner)
    .map((f) => ({ stem: f.stem, high: f.name, low: f.partner ?? '' }))
  return {
    files,
    high_noise: files.filter((f) => f.side === 'high').map((f) => f.name),
    low_noise: files.filter((f) => f.side === 'low').map((f) => f.name),
    general: files.filter((f) => !f.side).map((f) => f.name),
    by_category: {},
    pairs,
    local_models_dir: null,
    fetched_at: new Date(0).toISOString(),
  }
}

/** What is wrong with a form's LoRA rows, or null: every row needs a file and a strength from 0 to 2. */
export function loraRowsProblem(loras: { high: LoraRef[]; low: LoraRef[] }): string | null {
  const rows = [...loras.high, ...loras.low]
  if (rows.some((l) => !l.name)) return t('loraPicker.pickEveryRow')
  if (rows.some((l) => !(l.strength >= 0 && l.strength <= 2))) return t('loraPicker.strengthRange')
  return null
}

/** Why a run form (the next prompt, a redo) cannot be sent: no prompt (`empty` says so), else its LoRA rows; null when it can. */
export function runFormProblem(prompt: string, loras: { high: LoraRef[]; low: LoraRef[] }, empty: string): string | null {
  if (!prompt.trim()) return empty
  return loraRowsProblem(loras)
}
