// A sidecar database of many finished jobs, written straight with SQL (seconds for 200,000 segments):
// each job has its segments, the take copy of every finished one (as the engine keeps them) and, when
// completed, its final file. The rows are what the engine writes, so the API reads them back as real.
import { openDatabase } from '../sidecar/db/database'

export interface SeedResult {
  jobs: number
  segments: number
  takes: number
  finals: number
  ms: number
}

const PARAMETERS = JSON.stringify({
  width: 832, height: 480, fps: 16, frames: 81, steps: 8, cfg: 1, seed: 1, seed_mode: 'increment',
  models: {}, loras: { high: [], low: [] }, options: {},
})

const SEGMENT_ERROR = JSON.stringify({
  message: 'CUDA out of memory', node_id: '57', node_type: 'KSamplerAdvanced',
  exception_type: 'torch.OutOfMemoryError', exception_message: 'CUDA out of memory. Tried to allocate 2.00 GiB',
})

/** Fills an empty database (created with every migration) with `jobs` finished jobs of `perJob` segments. */
export function seedDatabase(file: string, jobs: number, perJob: number): SeedResult {
  const t0 = performance.now()
  const db = openDatabase(file)
  const at = new Date().toISOString()
  const last = perJob - 1
  try {
    db.transaction(() => {
      // By id mod 5: three completed, one failed (its last segment failed), one cancelled.
      db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @jobs)
         INSERT INTO jobs (id, name, status, preset, input_image, prompt, negative_prompt, parameters, error, created_at, updated_at)
         SELECT i, 'Heron ' || i, CASE i % 5 WHEN 3 THEN 'failed' WHEN 4 THEN 'cancelled' ELSE 'completed' END,
                'wan22_14b_i2v', 'start.png', 'job ' || i || ' segment 0', '', json_set(@parameters, '$.seed', i * 7919),
                CASE i % 5 WHEN 3 THEN 'segment ' || @perJob || ' failed: CUDA out of memory' END, @at, @at
         FROM n`
      ).run({ jobs, perJob, parameters: PARAMETERS, at })
      db.prepare(
        `WITH RECURSIVE k(idx) AS (SELECT 0 UNION ALL SELECT idx + 1 FROM k WHERE idx < @last),
         runs AS (
           SELECT j.id AS job_id, k.idx AS idx,
                  CASE WHEN k.idx < @last OR j.status = 'completed' THEN 'done' WHEN j.status = 'failed' THEN 'failed' ELSE 'cancelled' END AS status
           FROM jobs j CROSS JOIN k)
         INSERT INTO segments (job_id, idx, status, prompt, negative_prompt, seed, loras, prompt_id, accepted, start_image,
                               video, last_frame, frames, execution_ms, attempts, error, created_at, started_at, finished_at, take)
         SELECT job_id, idx, status,
                'job ' || job_id || ' segment ' || idx || ': the camera follows a heron along the river bank at dusk, reeds moving in the wind',
                NULL, (job_id * 7919 + idx * 104729) % 2147483647, '{"high":[],"low":[]}',
                printf('00000000-0000-4000-8000-%012d', job_id * @perJob + idx), 1,
                CASE idx WHEN 0 THEN 'start.png' ELSE printf('longvideo/Heron_%d_seg%d_last_00001_.png [output]', job_id, idx) END,
                CASE status WHEN 'done' THEN printf('{"filename":"Heron_%d_seg%d_00001_.mp4","subfolder":"longvideo","type":"output"}', job_id, idx + 1) END,
                CASE status WHEN 'done' THEN printf('{"filename":"Heron_%d_seg%d_last_00001_.png","subfolder":"longvideo","type":"output"}', job_id, idx + 1) END,
                CASE status WHEN 'done' THEN CASE idx WHEN 0 THEN 81 ELSE 80 END END,
                CASE status WHEN 'done' THEN 240000 + (job_id * 31 + idx * 17) % 60000 END,
                1, CASE status WHEN 'failed' THEN @error END,
                @at, @at, CASE status WHEN 'done' THEN @at END, 1
         FROM runs`
      ).run({ last, perJob, error: SEGMENT_ERROR, at })
      // The engine keeps every finished run of the chain as a take too.
      db.prepare(
        `INSERT INTO takes (job_id, idx, take, status, prompt, negative_prompt, seed, loras, prompt_id, accepted, start_image,
                            start_source, video, last_frame, frames, execution_ms, attempts, error, drift, created_at, started_at, finished_at)
         SELECT job_id, idx, take, status, prompt, negative_prompt, seed, loras, prompt_id, accepted, start_image,
                start_source, video, last_frame, frames, execution_ms, attempts, error, drift, created_at, started_at, finished_at
         FROM segments WHERE status = 'done'`
      ).run()
      db.prepare(
        `WITH RECURSIVE k(idx) AS (SELECT 0 UNION ALL SELECT idx + 1 FROM k WHERE idx < @last)
         INSERT INTO finals (job_id, file, frames, mode, created_at, takes, export)
         SELECT id, printf('{"filename":"Heron_%d_00001.mp4","subfolder":"longvideo","type":"output"}', id), 81 + 80 * @last, 'copy', @at,
                (SELECT json_group_array(json_object('idx', idx, 'take', 1)) FROM k), NULL
         FROM jobs WHERE status = 'completed'`
      ).run({ last, at })
    })()
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    return { jobs: count('jobs'), segments: count('segments'), takes: count('takes'), finals: count('finals'), ms: Math.round(performance.now() - t0) }
  } finally {
    db.close()
  }
}
