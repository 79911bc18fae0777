// The queue: what runs in ComfyUI now and whether new segments are taken.
import { z } from 'zod/mini'
import { ProgressPhase } from './segments'

export const QueueStatus = z.object({
  comfyui: z.object({
    url: z.string(),
    reachable: z.boolean(),
    error: z.nullable(z.string()),
    queue_running: z.number().check(z.int()),
    queue_pending: z.number().check(z.int()),
  }),
  /** Whether our queue takes new segments (POST /api/queue/start|stop). */
  accepting: z.boolean(),
  /** Jobs that are running or finalizing (the sidebar icon's badge). */
  running_jobs: z.number().check(z.int()),
  /** Our prompts currently in ComfyUI's queue. */
  ours: z.array(
    z.object({
      prompt_id: z.string(),
      job_id: z.number().check(z.int()),
      idx: z.number().check(z.int()),
      state: z.enum(['running', 'pending']),
    })
  ),
  current: z.nullable(z
    .object({
      job_id: z.number().check(z.int()),
      idx: z.number().check(z.int()),
      /** Which take of the segment runs (a redo or a candidate when it is not the segment's own). */
      take: z.number().check(z.int()),
      prompt_id: z.string(),
      node: z.nullable(z.string()),
      value: z.number(),
      max: z.number(),
      started_at: z.string(),
      /** Estimated ms left, from measured segment times; null until one is known. */
      eta_ms: z.nullable(z.number()),
      fraction: z.number().check(z.gte(0), z.lte(1)),
      phase: ProgressPhase,
      typical_ms: z.nullable(z.number()),
    })),
})
export type QueueStatus = z.infer<typeof QueueStatus>
