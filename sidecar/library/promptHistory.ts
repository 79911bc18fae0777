// The prompt history across outputs: newest first, one entry per distinct positive+negative pair.
import type { PromptHistory } from '../contract'
import type { ExtractedPrompt } from './promptExtract'

export interface DatedPrompt {
  path: string
  modified: string
  prompt: ExtractedPrompt
}

/** `dated` must be newest first; the newest file of each prompt stands for it, `uses` counts files. */
export function promptHistory(dated: readonly DatedPrompt[], limit: number): PromptHistory {
  const byKey = new Map<string, PromptHistory['prompts'][number]>()
  for (const { path, modified, prompt } of dated) {
    if (!prompt.positive) continue
    const key = `${prompt.positive.trim()}\0${(prompt.negative ?? '').trim()}`
    const seen = byKey.get(key)
    if (seen) seen.uses++
    else byKey.set(key, { ...prompt, path, modified, uses: 1 })
  }
  return { prompts: [...byKey.values()].slice(0, limit) }
}
