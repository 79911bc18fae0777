// ComfyUI's answers as zod schemas (see comfyui-protocol.md): lenient about extra keys, strict about
// the fields we act on.
import { z } from 'zod'

export const OutputFile = z.looseObject({
  filename: z.string(),
  subfolder: z.string().default(''),
  type: z.string().default('output'),
})
export type OutputFile = z.infer<typeof OutputFile>

export const NodeOutput = z.looseObject({
  images: z.array(OutputFile).optional(),
  gifs: z.array(OutputFile).optional(),
  videos: z.array(OutputFile).optional(),
})

export const StatusMessage = z.tuple([z.string(), z.record(z.string(), z.unknown())])

export const HistoryEntry = z.looseObject({
  outputs: z.record(z.string(), NodeOutput).default({}),
  status: z
    .looseObject({
      status_str: z.string().optional(),
      completed: z.boolean().optional(),
      messages: z.array(StatusMessage).default([]),
    })
    .optional(),
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

export const History = z.record(z.string(), HistoryEntry)

export const QueueItem = z.tuple([z.number(), z.string()]).rest(z.unknown())
export const Queue = z.looseObject({
  queue_running: z.array(QueueItem).default([]),
  queue_pending: z.array(QueueItem).default([]),
})

export const PromptAccepted = z.looseObject({
  prompt_id: z.string(),
  number: z.number().optional(),
  node_errors: z.record(z.string(), z.unknown()).default({}),
})

export const ValidationError = z.looseObject({
  type: z.string().optional(),
  message: z.string().default(''),
  details: z.string().default(''),
  extra_info: z.unknown().optional(),
})

export const NodeError = z.looseObject({
  class_type: z.string().optional(),
  errors: z.array(ValidationError).default([]),
})

export const PromptRejected = z.looseObject({
  error: z.union([ValidationError, z.string()]).optional(),
  node_errors: z.record(z.string(), NodeError).default({}),
})
export type PromptRejected = z.infer<typeof PromptRejected>

export const ExecutionError = z.looseObject({
  prompt_id: z.string().optional(),
  node_id: z.union([z.string(), z.number()]).nullish(),
  node_type: z.string().nullish(),
  exception_message: z.string().nullish(),
  exception_type: z.string().nullish(),
})

export const UploadAnswer = z.object({ name: z.string(), subfolder: z.string().default(''), type: z.string().default('input') })
export type UploadAnswer = z.infer<typeof UploadAnswer>

/** A text frame on /ws. */
export const WsMessage = z.object({ type: z.string(), data: z.record(z.string(), z.unknown()).nullish() })
export type WsMessage = z.infer<typeof WsMessage>
