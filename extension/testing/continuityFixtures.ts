// Takes in the sidecar's shape, for the continuity component tests.
import type { Take } from '../../sidecar/contract'

export function take(over: Partial<Take> = {}): Take {
  const t = over.take ?? 1
  const idx = over.idx ?? 0
  const base = `/jobs/1/segments/${idx}/takes/${t}`
  return {
    job_id: 1,
    idx,
    take: t,
    chosen: t === 1,
    status: 'done',
    prompt: 'a cat walks along a wall',
    negative_prompt: null,
    seed: 40 + t,
    loras: { high: [], low: [] },
    prompt_id: `p-${idx}-${t}`,
    start_image: 'cat.png',
    start_source: null,
    video: { filename: `cat_seg${idx + 1}_t${t}_00001_.mp4`, subfolder: 'longvideo', type: 'output' },
    last_frame: { filename: `cat_seg${idx + 1}_t${t}_last_00001_.png`, subfolder: 'longvideo', type: 'output' },
    frames: 16,
    execution_ms: 9000,
    backend: null,
    attempts: 1,
    error: null,
    drift: null,
    drift_warning: false,
    drift_advice: null,
    seam_mode: 'frame',
    carry: idx > 0 ? 1 : 0,
    tail: null,
    seam: null,
    seam_warning: false,
    video_url: `${base}/video`,
    last_frame_url: `${base}/last-frame`,
    created_at: '2026-01-01T00:00:00.000Z',
    started_at: '2026-01-01T00:00:01.000Z',
    finished_at: `2026-01-01T00:00:1${t}.000Z`,
    ...over,
  }
}
