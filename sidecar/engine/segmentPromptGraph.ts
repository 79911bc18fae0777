// The API prompt behind a segment's current take, for "Open in canvas" in the panel. The sidecar does
// not keep the prompts it submits: ComfyUI's history does (exactly what ran); when ComfyUI has forgotten
// the prompt (restart, history cleared) it is bound again from the stored segment, as the runner did.
import { z } from 'zod'
import { DomainError } from '../contract'
import type { SegmentPromptGraph, Settings } from '../contract'
import { loadJobState } from '../db/jobStore'
import type { EngineContext } from './jobCommands'
import { bindJobSegment } from './segmentPrompt'

export interface PromptGraphContext extends Pick<EngineContext, 'db' | 'comfy' | 'templates'> {
  settings(): Pick<Settings, 'output_subfolder'>
}

// History entries carry `prompt: [number, prompt_id, prompt, extra_data, outputs_to_execute]`.
const HistoryPrompt = z.looseObject({
  prompt: z.tuple([z.unknown(), z.unknown(), z.record(z.string(), z.unknown())]).rest(z.unknown()),
})

async function fromHistory(ctx: PromptGraphContext, promptId: string): Promise<Record<string, unknown> | null> {
  try {
    const entry = HistoryPrompt.safeParse(await ctx.comfy.history(promptId))
    return entry.success ? entry.data.prompt[2] : null
  } catch {
    // ComfyUI unreachable: the stored segment still says what was sent.
    return null
  }
}

export async function segmentPromptGraph(ctx: PromptGraphContext, id: number, idx: number): Promise<SegmentPromptGraph> {
  const state = loadJobState(ctx.db, id)
  if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
  const seg = state.segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx + 1}`, 'idx')
  if (!seg.prompt_id) throw new DomainError('conflict', `segment ${idx + 1} of job ${id} has not been sent to ComfyUI yet`, 'idx')
  const base = { job_id: id, idx, take: seg.take, prompt_id: seg.prompt_id }
  const ran = await fromHistory(ctx, seg.prompt_id)
  if (ran) return { ...base, source: 'comfyui', prompt: ran }
  const subfolder = ctx.settings().output_subfolder
  return { ...base, source: 'rebuilt', prompt: bindJobSegment(ctx.templates, state, idx, subfolder).prompt }
}
