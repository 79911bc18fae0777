// Sending a prompt or image found in the gallery or prompt history to where it is used.
import type { FileRef } from '../../sidecar/contract'
import type { FoundPrompt } from '../domain/pngPrompt'
import { toast } from '../host'
import { useHandoffStore } from '../stores/handoffStore'
import { useJobsStore } from '../stores/jobsStore'
import { useNavigationStore } from '../stores/navigationStore'
import { useSidecarApi } from './useSidecarApi'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'

const PROMPTABLE = new Set(['draft', 'running', 'awaiting_prompt'])

export function usePromptActions() {
  const nav = useNavigationStore()
  const jobs = useJobsStore()
  const handoff = useHandoffStore()
  const api = useSidecarApi()

  /** The job whose next-prompt form a prompt goes to: the one last opened, while it still takes prompts. */
  function openJob() {
    const job = jobs.current
    return job && nav.jobId === job.id && PROMPTABLE.has(job.status) ? job : null
  }

  /** Fills the next-prompt form of the open job, or else a new job's prompt. */
  function useForSegment(prompt: FoundPrompt, source: string): void {
    const job = openJob()
    if (job && prompt.positive) {
      handoff.nextPrompt = { jobId: job.id, prompt: prompt.positive }
      nav.openJob(job.id)
      return
    }
    handoff.newJob = { prompt, source }
    nav.show('new')
  }

  /** Jobs that can take a new segment now (a draft, or one running or waiting for its next prompt), newest first. */
  function promptableJobs() {
    return jobs.jobs.filter((j) => PROMPTABLE.has(j.status))
  }

  /** Fills the next-prompt form of job `jobId` with `text` and opens it; with null, a new job's prompt. */
  function sendPrompt(jobId: number | null, text: string, prompt: FoundPrompt, source: string): void {
    if (jobId !== null) {
      handoff.nextPrompt = { jobId, prompt: text }
      nav.openJob(jobId)
      return
    }
    handoff.newJob = { prompt: { ...prompt, positive: text }, source }
    nav.show('new')
  }

  /** Copies an output image into ComfyUI's input folder and opens the new-job form with it (and its prompt). */
  async function startFromOutput(file: FileRef, prompt: FoundPrompt | null): Promise<void> {
    try {
      const blob = await api.fetchImage(file)
      const answer = await api.upload(blob, file.filename)
      handoff.newJob = {
        inputImage: answer.subfolder ? `${answer.subfolder}/${answer.name}` : answer.name,
        ...(prompt ? { prompt } : {}),
        source: file.filename,
      }
      nav.show('new')
    } catch (e) {
      toast('error', t('library.useFailure'), errorMessage(e))
    }
  }

  return { openJob, useForSegment, promptableJobs, sendPrompt, startFromOutput }
}
