// What the engine's transition speaks: the events it is given, the effects it asks for, and how a
// refusal or an ignored event is told apart from a change.
import type { FileRef, FinalizeBody, FinalVideo, JobRecord, JobState, OutputNodes, PlannedSegment, SegmentError } from '../contract'

export type EngineEvent =
  | { type: 'start'; at: string }
  | { type: 'edited'; job: Partial<Omit<JobRecord, 'id' | 'status' | 'created_at'>>; segments: PlannedSegment[]; at: string }
  | { type: 'prompt_planned'; idx: number; segment: PlannedSegment; at: string }
  | { type: 'segment_deleted'; idx: number; at: string }
  /** The planned segments from `from` on are replaced by `segments` (the timeline's insert, reorder, delete, undo). */
  | { type: 'planned_replaced'; from: number; segments: PlannedSegment[]; at: string }
  /** A run goes to ComfyUI: the segment's own run, or (with `take`) a candidate take of it. */
  | { type: 'scheduled'; idx: number; take?: number; prompt_id: string; backend?: string; at: string }
  /** The colour guard uploaded a corrected start frame: ComfyUI gets `start_image` instead of the original. */
  | { type: 'handoff_prepared'; prompt_id: string; start_image: string; at: string }
  /** The run's workflow is bound: where its outputs will be, kept so completion need not bind it again. */
  | { type: 'bound'; prompt_id: string; output_nodes: OutputNodes; at: string }
  | { type: 'accepted'; prompt_id: string; at: string }
  | { type: 'rejected'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'started'; prompt_id: string; at: string }
  | { type: 'finished'; prompt_id: string; video: FileRef; last_frame: FileRef | null; tail?: FileRef | null; frames: number | null; execution_ms: number | null; drift?: number | null; at: string }
  /**
   * The drift meter and the seam meter of a finished run, measured after the hand-off so the next
   * segment never waits for them (each only when given; the seam's `ref` is the take of the segment before).
   */
  | { type: 'measured'; prompt_id: string; drift?: number | null; seam?: { value: number; ref: number } | null; at: string }
  | { type: 'errored'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'interrupted'; prompt_id: string; at: string }
  /** Neither ComfyUI's queue nor its history knows the prompt (ComfyUI restarted, or the submit never arrived). */
  | { type: 'lost'; prompt_id: string; new_prompt_id: string; at: string }
  /**
   * The run's backend stopped answering past the timeout, or was removed or turned off while the run
   * waited there: the run is placed again (on another backend, with a new prompt id); the old prompt
   * is abandoned (taken out of that backend when it answers; its results are never read).
   */
  | { type: 'unplaced'; prompt_id: string; at: string }
  | { type: 'cancel'; at: string }
  /** One run stops (the user's "stop this segment"): take `take` of segment idx, the chain's or a candidate. */
  | { type: 'run_stopped'; idx: number; take: number; at: string }
  | { type: 'retry'; at: string }
  /** The chain held before a planned segment (inserted while it had stopped) runs on. */
  | { type: 'continue'; at: string }
  | { type: 'finalize'; options?: FinalizeBody | null; at: string }
  /** New takes of segment idx (a redo or candidates); for the next idx the first one becomes the segment. */
  | { type: 'takes_requested'; idx: number; takes: PlannedSegment[]; at: string }
  | { type: 'take_chosen'; idx: number; take: number; at: string }
  | { type: 'lock_set'; idx: number; locked: boolean; at: string }
  /** Stale segments run again from their start (keeping prompt, seed and LoRAs) as new takes; locked ones stay. */
  | { type: 'stale_rerun'; at: string }
  | { type: 'stale_kept'; at: string }
  | { type: 'parameters_set'; parameters: JobRecord['parameters']; at: string }
  /** Another start image (a start-from-text candidate): the next run of segment 1 and the anchor use it. */
  | { type: 'start_image_set'; input_image: string; at: string }
  /** The finalize form's options, kept with the job (any state). */
  | { type: 'finalize_options_set'; options: FinalizeBody; at: string }
  | { type: 'stitched'; final: FinalVideo; at: string }
  | { type: 'stitch_failed'; message: string; at: string }
  | { type: 'reopen'; at: string }
  /** The sidecar started again, or the ComfyUI socket reconnected: look again at everything in flight. */
  | { type: 'resync'; reason: 'sidecar_restarted' | 'comfy_reconnected'; at: string }

export type Effect =
  | { type: 'submit'; idx: number; prompt_id: string }
  | { type: 'cancel_prompt'; prompt_id: string; running: boolean }
  | { type: 'reconcile'; prompt_id: string }
  | { type: 'stitch'; segments: number[] }
  /** Ready work may exist: run the scheduler. */
  | { type: 'schedule' }

export interface Refusal {
  code: 'conflict' | 'not_found'
  message: string
  field?: string
}

export type StepResult = { ok: true; state: JobState; effects: Effect[] } | { ok: false; refusal: Refusal }

/** An event about a prompt we no longer track (duplicate completion signal, late interrupt): no change. */
export const IGNORED = 'ignored'

/** What a handler decided: nothing (its edits stand), a refusal, or that the event changes nothing. */
export type Verdict = Refusal | typeof IGNORED | void

/**
 * The rule for one kind of event. It edits `draft`, the step's own copy of the job, and lists the
 * effects to perform; the state it was given is never touched, so the step stays pure.
 */
export type Handler<E extends EngineEvent> = (draft: JobState, event: E, effects: Effect[]) => Verdict

export type Handlers = { [K in EngineEvent['type']]: Handler<Extract<EngineEvent, { type: K }>> }

export function refuse(message: string, field?: string, code: Refusal['code'] = 'conflict'): Refusal {
  return field ? { code, message, field } : { code, message }
}
