// Which seam modes a template's graph can run, and where the carried frames go: from the start
// image's LoadImage (which loads every frame of an animated PNG as one batch) along the links to the
// image-to-video node's start_image. Pure; the live checks (KJNodes, SVI LoRAs, ref_pad_image) are
// the engine's (engine/seamSupport.ts).
import type { SeamMode } from '../contract'
import type { ApiPrompt } from './apiPrompt'
import { ancestors, describe, sortedIds } from './graphWalk'
import type { InputRef, TemplateRoles } from './template'

/** Image-to-video nodes whose start_image takes a batch of start frames and locks ((n-1)//4)+1 latents. */
export const MULTI_FRAME_STARTS = ['WanImageToVideo', 'WanFirstLastFrameToVideo', 'Wan22ImageToVideoLatent']

/** Nodes that keep one frame (or a fixed range) of a batch: carried frames must not pass through them. */
const BATCH_PICKERS = /^(ImageFromBatch|GetImageRangeFromBatch|GetImagesFromBatchIndexed|ImageFromBatch\+|GetImageSizeAndCount|SelectFrame|GetFrame)/

export interface SeamSupport {
  modes: SeamMode[]
  /** Where the K carried frames go, in words (null when the graph has no start image). */
  how: string | null
  /** Why a mode is not possible, by mode. */
  problems: Partial<Record<SeamMode, string>>
}

interface GraphRoles {
  start_image?: InputRef | undefined
  start_image_link?: InputRef | undefined
}

export function seamSupport(prompt: ApiPrompt, roles: GraphRoles | TemplateRoles, family: 'wan22_14b' | 'wan22_5b'): SeamSupport {
  const problems: SeamSupport['problems'] = {}
  const loader = roles.start_image?.node
  const target = roles.start_image_link
  if (!loader || !target || !prompt[target.node]) {
    const why = 'the graph starts from no image (text to video)'
    return { modes: ['frame'], how: null, problems: { motion: why, svi: why } }
  }
  const i2v = prompt[target.node]
  const between = sortedIds([...ancestors(prompt, target.node)].filter((id) => id !== loader && ancestors(prompt, id).has(loader)))
  const through = between.length > 0 ? ` through ${between.map((id) => describe(prompt, id)).join(', ')}` : ''
  const how = `the carried frames load as one batch at ${describe(prompt, loader)} and reach ${describe(prompt, target.node)}.${target.input}${through}`
  const modes: SeamMode[] = ['frame']
  const picker = between.find((id) => BATCH_PICKERS.test(prompt[id]?.class_type ?? ''))
  if (!MULTI_FRAME_STARTS.includes(i2v?.class_type ?? '')) {
    problems.motion = `${describe(prompt, target.node)} is not known to take a batch of start frames (${MULTI_FRAME_STARTS.join(', ')} do)`
  } else if (picker) {
    problems.motion = `${describe(prompt, picker)} sits between the start image and ${describe(prompt, target.node)} and would keep only part of the carried frames`
  } else modes.push('motion')
  if (family !== 'wan22_14b') problems.svi = 'SVI 2.0 Pro LoRAs exist for the Wan2.2 14B image-to-video models only'
  else if (i2v?.class_type !== 'WanImageToVideo') problems.svi = `SVI replaces WanImageToVideo, and this graph uses ${describe(prompt, target.node)}`
  else modes.push('svi')
  return { modes, how, problems }
}
