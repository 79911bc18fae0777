// What the user typed and chose in the new-job form but has not sent yet: prompt, start image, preset,
// text only. It comes back when the form opens again (the panel may have been closed), all of it or
// nothing: once a job is created the next form starts fresh, so no prompt of the last job sits beside
// another image and preset.
import { watch } from 'vue'
import type { NewJobDraft } from '../domain/newJobDraft'

const DRAFT_KEY = 'longvideo.newJobDraft'

export interface UnsentDraft {
  prompt: string
  inputImage: string | null
  presetId: string
  textOnly: boolean
}

/** The draft kept from an earlier form, each field checked (storage is written by older versions too). */
export function readUnsentDraft(): Partial<UnsentDraft> {
  try {
    // The older key kept only the prompt, past the job it was sent with.
    localStorage.removeItem('longvideo.lastPrompt')
    const raw = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}') as Partial<UnsentDraft>
    return {
      prompt: typeof raw.prompt === 'string' ? raw.prompt : '',
      inputImage: typeof raw.inputImage === 'string' ? raw.inputImage : null,
      presetId: typeof raw.presetId === 'string' ? raw.presetId : '',
      textOnly: raw.textOnly === true,
    }
  } catch {
    return {}
  }
}

/** Keeps the draft's unsent fields as they change; `forget` once the job is created. */
export function useUnsentDraft(draft: NewJobDraft): { forget: () => void } {
  let created = false
  watch(
    () => [draft.prompt, draft.inputImage, draft.presetId, draft.textOnly] as const,
    ([prompt, inputImage, presetId, textOnly]) => {
      if (created) return
      try {
        const value: UnsentDraft = { prompt, inputImage, presetId, textOnly }
        localStorage.setItem(DRAFT_KEY, JSON.stringify(value))
      } catch {
        // Private mode or a full storage: keeping the draft is a convenience only.
      }
    }
  )
  return {
    forget() {
      created = true
      try {
        localStorage.removeItem(DRAFT_KEY)
      } catch {
        // Nothing kept, nothing to forget.
      }
    },
  }
}
