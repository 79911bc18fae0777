// Groups LoRA file names from ComfyUI's /models/loras into high-noise, low-noise and general ones,
// and matches high/low pairs by name (Wan2.2 14B runs a high-noise and a low-noise model).
export type NoiseSide = 'high' | 'low'

export interface LoraPair {
  /** The name with the high/low marker removed: what the pair is called in the panel. */
  stem: string
  high: string
  low: string
}

export interface LoraLibrary {
  high_noise: string[]
  low_noise: string[]
  general: string[]
  /** Subfolder (with '/' separators, '' for the top folder) -> files in it. */
  by_category: Record<string, string[]>
  pairs: LoraPair[]
}

const EXTENSION = /\.(safetensors|ckpt|pt|pth|bin|gguf)$/i

/**
 * Marker patterns, most specific first. Each captures the text before and after the marker so the
 * stem can be rebuilt without it. Separators are any of _ - . space.
 */
const MARKERS: Array<{ side: NoiseSide; pattern: RegExp }> = [
  { side: 'high', pattern: /^(.*?)[_\-. ]?high[_\-. ]?noise(.*)$/i },
  { side: 'low', pattern: /^(.*?)[_\-. ]?low[_\-. ]?noise(.*)$/i },
  { side: 'high', pattern: /^(.*?)(?:^|[_\-. ])(?:high|hn)(?=$|[_\-. ])(.*)$/i },
  { side: 'low', pattern: /^(.*?)(?:^|[_\-. ])(?:low|ln)(?=$|[_\-. ])(.*)$/i },
  { side: 'high', pattern: /^(.*?)[_\-. ]H(?=$|[_\-. ])(.*)$/ },
  { side: 'low', pattern: /^(.*?)[_\-. ]L(?=$|[_\-. ])(.*)$/ },
]

/** Splits "sub/dir/name.safetensors" (either separator) into its folder and base name. */
export function splitLoraPath(file: string): { folder: string; base: string } {
  const normalized = file.replace(/\\/g, '/')
  const cut = normalized.lastIndexOf('/')
  return cut < 0
    ? { folder: '', base: normalized }
    : { folder: normalized.slice(0, cut), base: normalized.slice(cut + 1) }
}

/** Which pass a LoRA file is for, and the stem shared with its partner; null side = general. */
export function classifyLora(file: string): { side: NoiseSide | null; stem: string } {
  const { folder, base } = splitLoraPath(file)
  const name = base.replace(EXTENSION, '')
  for (const { side, pattern } of MARKERS) {
    const match = pattern.exec(name)
    if (!match) continue
    const before = (match[1] ?? '').replace(/[_\-. ]+$/, '')
    const after = (match[2] ?? '').replace(/^[_\-. ]+/, '')
    const stem = [before, after].filter(Boolean).join('_') || name
    return { side, stem: folder ? `${folder}/${stem}` : stem }
  }
  // A folder named high_noise/low_noise marks its files too (e.g. "wan22/high_noise/orbit.safetensors").
  const folderMatch = /(^|\/)(high|low)[_\-. ]?noise(\/|$)/i.exec(folder)
  if (folderMatch) {
    const side: NoiseSide = folderMatch[2]!.toLowerCase() === 'high' ? 'high' : 'low'
    const rest = folder.replace(folderMatch[0], folderMatch[1] || folderMatch[3] ? '/' : '').replace(/^\/|\/$/g, '')
    return { side, stem: rest ? `${rest}/${name}` : name }
  }
  return { side: null, stem: folder ? `${folder}/${name}` : name }
}

export function buildLoraLibrary(files: readonly string[]): LoraLibrary {
  const library: LoraLibrary = { high_noise: [], low_noise: [], general: [], by_category: {}, pairs: [] }
  const highByStem = new Map<string, string>()
  const lowByStem = new Map<string, string>()
  for (const file of [...files].sort((a, b) => a.localeCompare(b))) {
    const { folder } = splitLoraPath(file)
    ;(library.by_category[folder] ??= []).push(file)
    const { side, stem } = classifyLora(file)
    const key = stem.toLowerCase()
    if (side === 'high') {
      library.high_noise.push(file)
      if (!highByStem.has(key)) highByStem.set(key, file)
    } else if (side === 'low') {
      library.low_noise.push(file)
      if (!lowByStem.has(key)) lowByStem.set(key, file)
    } else {
      library.general.push(file)
    }
  }
  for (const [key, high] of highByStem) {
    const low = lowByStem.get(key)
    if (low) library.pairs.push({ stem: classifyLora(high).stem, high, low })
  }
  return library
}

/** The other half of a pair, so picking one side in the panel can fill the other. */
export function partnerOf(file: string, library: LoraLibrary): string | null {
  for (const pair of library.pairs) {
    if (pair.high === file) return pair.low
    if (pair.low === file) return pair.high
  }
  return null
}
