// The API prompt behind a segment's current take, for "Open in canvas" in the panel. The sidecar does
// not keep the prompts it submits: ComfyUI's history does (exactly what ran); when ComfyUI has forgotten
// the prompt (restart, history cleared) it is bound again from the stored segment, as the runner did.
import { z } from 'zod'
import { loadJobState } from '../db/jobStore'
import { DomainError } from '../contract'
import { bindJobSegment } from '../engine/segmentPrompt'
import { effectiveSettings } from '../settings/settingsStore'
import type { ApiContext } from './apiContext'
import type { SegmentPromptGraph } from '../contract'

// History entries carry `prompt: [number, prompt_id, prompt, extra_data, outputs_to_execute]`.
const HistoryPrompt = z.looseObject({
  prompt: z.tuple([z.unknown(), z.unknown(), z.record(z.string(), z.unknown())]).rest(z.unknown()),
})

async function fromHistory(ctx: ApiContext, promptId: string): Promise<Record<string, unknown> | null> {
  try {
    const entry = HistoryPrompt.safeParse(await ctx.comfy.history(promptId))
    return entry.success ? entry.data.prompt[2] : null
  } catch {
    // ComfyUI unreachable: the stored segment still says what was sent.
    return null
  }
}

export async function segmentPromptGraph(ctx: ApiContext, id: number, idx: number): Promise<SegmentPromptGraph> {
  const state = loadJobState(ctx.db, id)
  if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
  const seg = state.segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx}`, 'idx')
  if (!seg.prompt_id) throw new DomainError('conflict', `segment ${idx} of job ${id} has not been sent to ComfyUI yet`, 'idx')
  const base = { job_id: id, idx, take: seg.take, prompt_id: seg.prompt_id }
  const ran = await fromHistory(ctx, seg.prompt_id)
  if (ran) return { ...base, source: 'comfyui', prompt: ran }
  const subfolder = effectiveSettings(ctx.db, ctx.settingsBase).output_subfolder
  return { ...base, source: 'rebuilt', prompt: bindJobSegment(ctx.templates, state, idx, subfolder).prompt }
}
