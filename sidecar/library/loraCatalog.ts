// The LoRA library the panel shows: ComfyUI's /models/loras grouped and paired (loraPairs), each file
// joined with our notes (SQLite) and what other tools know about it (externalLoraMeta).
import type { ComfyClient } from '../comfy/comfyClient'
import type { ExternalLoraMeta, LoraFile, LoraLibraryAnswer, LoraMeta, LoraMetaUpdate } from '../contract'
import { DomainError, LoraMeta as LoraMetaSchema } from '../contract'
import type { Db } from '../db/database'
import { allLoraMeta, loraMeta, saveLoraMeta } from '../db/libraryStore'
import { readExternalLoraMeta } from './externalLoraMeta'
import { buildLoraLibrary, classifyLora, partnerOf, splitLoraPath } from './loraPairs'

const LIST_TTL_MS = 10_000
const READ_CONCURRENCY = 8
const MODEL_FILE = /\.(safetensors|ckpt|pt|pth|bin|pt2|pkl|sft|gguf)$/i

/** Joins names, our notes and external metadata into the answer; pure. */
export function loraLibraryAnswer(
  names: readonly string[],
  notes: ReadonlyMap<string, LoraMeta>,
  external: ReadonlyMap<string, ExternalLoraMeta | null>,
  localDir: string | null,
  fetchedAt: string
): LoraLibraryAnswer {
  const library = buildLoraLibrary(names)
  const empty = LoraMetaSchema.parse({})
  const files: LoraFile[] = [...names]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => {
      const { side, stem } = classifyLora(name)
      return {
        name,
        folder: splitLoraPath(name).folder,
        side,
        stem,
        partner: partnerOf(name, library),
        meta: notes.get(name) ?? empty,
        external: external.get(name) ?? null,
      }
    })
  return { files, ...library, local_models_dir: localDir, fetched_at: fetchedAt }
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/**
 * Keeps the list for a few seconds and the external metadata until the list changes (or a refresh
 * is asked for), since reading it costs one request or file read per LoRA.
 */
export class LoraCatalog {
  private list: { at: number; names: string[] } | null = null
  private listLoad: Promise<string[]> | null = null
  private external = new Map<string, ExternalLoraMeta | null>()
  private externalFor: string | null = null

  constructor(
    private readonly comfy: ComfyClient,
    private readonly db: Db,
    private readonly lorasDir: () => string | null,
    private readonly now: () => number = Date.now
  ) {}

  async names(refresh = false): Promise<string[]> {
    if (!refresh && this.list && this.now() - this.list.at < LIST_TTL_MS) return this.list.names
    if (!refresh && this.listLoad) return this.listLoad
    const load = this.comfy.modelFiles('loras').then((names) => {
      // ComfyUI lists only model extensions; other tools' files beside them are never LoRAs.
      this.list = { at: this.now(), names: (names ?? []).filter((n) => MODEL_FILE.test(n)) }
      return this.list.names
    })
    this.listLoad = load
    try {
      return await load
    } finally {
      if (this.listLoad === load) this.listLoad = null
    }
  }

  async library(refresh = false): Promise<LoraLibraryAnswer> {
    const names = await this.names(refresh)
    const dir = this.lorasDir()
    const signature = `${dir ?? ''}\n${names.join('\n')}`
    if (refresh || signature !== this.externalFor) {
      this.external = new Map()
      this.externalFor = signature
    }
    const missing = names.filter((n) => !this.external.has(n))
    const reader = {
      lorasDir: dir,
      safetensorsMetadata: (name: string) => this.comfy.viewMetadata('loras', name).catch(() => null),
    }
    const found = await mapLimited(missing, READ_CONCURRENCY, (name) => readExternalLoraMeta(name, reader).catch(() => null))
    missing.forEach((name, i) => this.external.set(name, found[i] ?? null))
    return loraLibraryAnswer(names, allLoraMeta(this.db), this.external, dir, new Date(this.now()).toISOString())
  }

  /** Changes our notes of one LoRA ComfyUI lists; fields left out keep their value. */
  async updateMeta(update: LoraMetaUpdate): Promise<{ name: string; meta: LoraMeta }> {
    const names = await this.names()
    if (!names.includes(update.name) && !(await this.names(true)).includes(update.name)) {
      throw new DomainError('not_found', `name: ComfyUI lists no LoRA "${update.name}" (GET /api/loras)`, 'name')
    }
    const { name, ...fields } = update
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined))
    const meta = LoraMetaSchema.parse({ ...loraMeta(this.db, name), ...defined })
    saveLoraMeta(this.db, name, meta)
    return { name, meta }
  }
}
