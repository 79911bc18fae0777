// The queue: what runs in ComfyUI now and whether new segments are taken.
import { z } from 'zod'
import { ProgressPhase } from './segments'

export const QueueStatus = z.object({
  comfyui: z.object({
    url: z.string(),
    reachable: z.boolean(),
    error: z.string().nullable(),
    queue_running: z.number().int(),
    queue_pending: z.number().int(),
  }),
  /** Whether our queue takes new segments (POST /api/queue/start|stop). */
  accepting: z.boolean(),
  /** Jobs that are running or finalizing (the sidebar icon's badge). */
  running_jobs: z.number().int(),
  /** Our prompts currently in ComfyUI's queue. */
  ours: z.array(
    z.object({
      prompt_id: z.string(),
      job_id: z.number().int(),
      idx: z.number().int(),
      state: z.enum(['running', 'pending']),
    })
  ),
  current: z
    .object({
      job_id: z.number().int(),
      idx: z.number().int(),
      /** Which take of the segment runs (a redo or a candidate when it is not the segment's own). */
      take: z.number().int(),
      prompt_id: z.string(),
      node: z.string().nullable(),
      value: z.number(),
      max: z.number(),
      started_at: z.string(),
      /** Estimated ms left, from measured segment times; null until one is known. */
      eta_ms: z.number().nullable(),
      fraction: z.number().min(0).max(1),
      phase: ProgressPhase,
      typical_ms: z.number().nullable(),
    })
    .nullable(),
})
export type QueueStatus = z.infer<typeof QueueStatus>
