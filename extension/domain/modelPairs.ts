// Wan2.2 14B runs two experts (high noise, then low noise); files come in pairs named alike.

export interface ModelPairOption {
  label: string
  high: string
  low: string | null
}

const SIDE = /(high|low)([_-]?noise)?/i

/** The name with its high/low marker replaced, so both halves of a pair share one key. */
function pairKey(name: string): string | null {
  const m = SIDE.exec(name.replace(/\\/g, '/').split('/').pop() ?? name)
  if (!m) return null
  return name.replace(SIDE, (whole) => whole.replace(/high|low/i, '*'))
}

function sideOf(name: string): 'high' | 'low' | null {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name
  const m = SIDE.exec(base)
  if (!m?.[1]) return null
  return m[1].toLowerCase() === 'high' ? 'high' : 'low'
}

function labelFor(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? name
  return base
    .replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, '')
    .replace(/[_-]?(high|low)[_-]?noise/i, '')
    .replace(/[_-]?(HIGH|LOW)\b/, '')
}

/** Groups model files into high/low pairs; a file without a partner stands alone (e.g. the 5B model). */
export function pairModels(names: readonly string[]): ModelPairOption[] {
  const highs = new Map<string, string>()
  const lows = new Map<string, string>()
  const singles: string[] = []
  for (const name of names) {
    const side = sideOf(name)
    const key = pairKey(name)
    if (!side || !key) singles.push(name)
    else if (side === 'high') highs.set(key, name)
    else lows.set(key, name)
  }
  const pairs: ModelPairOption[] = []
  for (const [key, high] of highs) {
    const low = lows.get(key)
    if (low) {
      pairs.push({ label: labelFor(high), high, low })
      lows.delete(key)
    } else singles.push(high)
  }
  singles.push(...lows.values())
  pairs.push(...singles.map((name) => ({ label: labelFor(name), high: name, low: null })))
  return pairs.sort((a, b) => a.label.localeCompare(b.label))
}

/** The partner of a high (or low) file in `names`, if there is one. */
export function partnerOf(name: string, names: readonly string[]): string | null {
  const key = pairKey(name)
  const side = sideOf(name)
  if (!key || !side) return null
  return names.find((other) => other !== name && pairKey(other) === key && sideOf(other) !== side) ?? null
}
