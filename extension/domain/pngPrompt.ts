// Reads the prompt an image carries, in the browser, for a file the user drops or chooses: PNG text
// chunks with ComfyUI's API `prompt` JSON or A1111's `parameters` text.

export interface FoundPrompt {
  positive: string | null
  negative: string | null
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

async function inflate(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  if (typeof DecompressionStream === 'undefined') return null
  try {
    const stream = new Blob([bytes.slice()]).stream().pipeThrough(new DecompressionStream('deflate'))
    return await new Response(stream).text()
  } catch {
    return null
  }
}

/** tEXt is Latin-1 by the PNG spec, but many writers put UTF-8 there: take UTF-8 when the bytes are valid UTF-8. */
function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('latin1').decode(bytes)
  }
}

/** The text chunks (tEXt, zTXt, iTXt) of a PNG, keyword -> text; empty for anything else. */
export async function pngTextChunks(buffer: ArrayBuffer): Promise<Record<string, string>> {
  const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(buffer)
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return {}
  const view = new DataView(buffer)
  const latin1 = new TextDecoder('latin1')
  const utf8 = new TextDecoder('utf-8')
  const out: Record<string, string> = {}
  let at = 8
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at)
    const type = latin1.decode(bytes.subarray(at + 4, at + 8))
    const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length))
    at += 12 + length
    if (type === 'IEND') break
    if (type !== 'tEXt' && type !== 'zTXt' && type !== 'iTXt') continue
    const nul = data.indexOf(0)
    if (nul <= 0) continue
    const key = latin1.decode(data.subarray(0, nul))
    if (type === 'tEXt') out[key] = textOf(data.subarray(nul + 1))
    else if (type === 'zTXt') {
      const text = await inflate(data.subarray(nul + 2))
      if (text !== null) out[key] = text
    } else {
      // iTXt: keyword, compression flag, method, language tag\0, translated keyword\0, text.
      const compressed = data[nul + 1] === 1
      const lang = data.indexOf(0, nul + 3)
      const translated = lang === -1 ? -1 : data.indexOf(0, lang + 1)
      if (translated === -1) continue
      const body = data.subarray(translated + 1)
      const text = compressed ? await inflate(body) : utf8.decode(body)
      if (text !== null) out[key] = text
    }
  }
  return out
}

type Node = { class_type?: unknown; inputs?: Record<string, unknown> }

function isLink(v: unknown): v is [string, number] {
  return Array.isArray(v) && v.length === 2 && (typeof v[0] === 'string' || typeof v[0] === 'number')
}

/** Follows a conditioning link upstream to the first node with a text input. */
function textUpstream(graph: Record<string, Node>, link: unknown, seen = new Set<string>()): string | null {
  if (!isLink(link)) return null
  const id = String(link[0])
  if (seen.has(id)) return null
  seen.add(id)
  const inputs = graph[id]?.inputs ?? {}
  for (const key of ['text', 'text_g', 'prompt']) {
    const v = inputs[key]
    if (typeof v === 'string') return v
  }
  for (const key of ['positive', 'conditioning', 'conditioning_1', 'conditioning_to']) {
    const found = textUpstream(graph, inputs[key], seen)
    if (found !== null) return found
  }
  return null
}

/** Positive and negative text of a ComfyUI API prompt: the first sampler's conditioning, followed upstream. */
export function promptFromComfyGraph(graph: Record<string, Node>): FoundPrompt | null {
  const sampler = Object.values(graph).find((n) => isLink(n.inputs?.positive) && isLink(n.inputs?.negative))
  if (sampler) {
    const positive = textUpstream(graph, sampler.inputs?.positive)
    const negative = textUpstream(graph, sampler.inputs?.negative)
    if (positive !== null || negative !== null) return { positive, negative }
  }
  const texts = Object.values(graph)
    .filter((n) => typeof n.class_type === 'string' && n.class_type.startsWith('CLIPTextEncode') && typeof n.inputs?.text === 'string')
    .map((n) => String(n.inputs?.text))
  return texts.length ? { positive: texts[0] ?? null, negative: texts[1] ?? null } : null
}

/** A1111's "parameters": the prompt, then "Negative prompt: ...", then a "Steps: ..." line. */
export function promptFromA1111(text: string): FoundPrompt | null {
  const lines = text.split(/\r?\n/)
  const steps = lines.findIndex((l) => /^Steps:\s*\d/.test(l))
  const body = (steps === -1 ? lines : lines.slice(0, steps)).join('\n')
  const neg = body.indexOf('Negative prompt:')
  const positive = (neg === -1 ? body : body.slice(0, neg)).trim()
  const negative = neg === -1 ? null : body.slice(neg + 'Negative prompt:'.length).trim()
  return positive || negative ? { positive: positive || null, negative } : null
}

/** The prompt a dropped or chosen image file carries, or null. */
export async function promptOfImageFile(file: Blob): Promise<FoundPrompt | null> {
  const chunks = await pngTextChunks(await file.arrayBuffer())
  if (chunks.prompt) {
    try {
      const graph: unknown = JSON.parse(chunks.prompt)
      if (graph && typeof graph === 'object' && !Array.isArray(graph)) {
        const found = promptFromComfyGraph(graph as Record<string, Node>)
        if (found) return found
      }
    } catch {
      // Not JSON: fall through to A1111's text.
    }
  }
  return chunks.parameters ? promptFromA1111(chunks.parameters) : null
}
