// What one view hands to a form in another: a start image or prompt for the new-job form, a prompt for
// the next segment of the open job. The receiving form takes it once.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { FoundPrompt } from '../domain/pngPrompt'

export interface NewJobHandoff {
  /** A file name in ComfyUI's input folder. */
  inputImage?: string
  /** A preset to select (a template just saved). */
  presetId?: string
  /** Prompt text to fill (with an undo notice naming `source`). */
  prompt?: FoundPrompt
  source: string
}

export const useHandoffStore = defineStore('longvideo.handoff', () => {
  const newJob = ref<NewJobHandoff | null>(null)
  const nextPrompt = ref<{ jobId: number; prompt: string } | null>(null)

  function takeNewJob(): NewJobHandoff | null {
    const h = newJob.value
    newJob.value = null
    return h
  }

  function takeNextPrompt(jobId: number): string | null {
    const h = nextPrompt.value
    if (!h || h.jobId !== jobId) return null
    nextPrompt.value = null
    return h.prompt
  }

  return { newJob, nextPrompt, takeNewJob, takeNextPrompt }
})
