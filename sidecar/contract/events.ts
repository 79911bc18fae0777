// Messages on GET /api/events (server-sent events).
import { z } from 'zod/mini'
import { BackendStatus } from './backends'
import { Job } from './jobs'
import { QueueStatus } from './queue'
import { Progress, Segment } from './segments'

/** Messages on GET /api/events (server-sent events; the SSE `event:` name equals `type`). */
export const ServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: Job }),
  z.object({ type: z.literal('job_deleted'), id: z.number().check(z.int()) }),
  z.object({ type: z.literal('segment'), segment: Segment }),
  z.object({
    type: z.literal('progress'),
    job_id: z.number().check(z.int()),
    idx: z.number().check(z.int()),
    /** Which take of the segment runs (a redo or a candidate when it is not the segment's own take). */
    take: z.number().check(z.int()),
    prompt_id: z.string(),
    ...Progress.shape,
  }),
  z.object({ type: z.literal('queue'), queue: QueueStatus }),
  /** Every backend's status, when one of them changed (throttled to about one a second). */
  z.object({ type: z.literal('backends'), backends: z.array(BackendStatus) }),
])
export type ServerEvent = z.infer<typeof ServerEvent>
