// A finalize after a sidecar restart must not inspect the segments again: their inspections are in
// SQLite. Counted for real: the sidecar runs an ffmpeg wrapper that logs every inspection pass.
import { chmodSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { resolveFfmpeg } from '../video'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
let savedFfmpeg: string | undefined
let log = ''

beforeEach(() => {
  const real = resolveFfmpeg().path
  if (!real) throw new Error('ffmpeg is needed for this test')
  const dir = mkdtempSync(path.join(tmpdir(), 'lv-ffmpeg-wrap-'))
  log = path.join(dir, 'calls.log')
  const wrapper = path.join(dir, 'ffmpeg')
  // Each inspection is the one ffmpeg run with the trace_headers filter; its input file is logged.
  writeFileSync(
    wrapper,
    `#!/bin/sh\ncase "$*" in *trace_headers*) printf '%s\\n' "$*" >> '${log}' ;; esac\nexec '${real}' "$@"\n`
  )
  chmodSync(wrapper, 0o755)
  savedFfmpeg = process.env.LONGVIDEO_FFMPEG
  process.env.LONGVIDEO_FFMPEG = wrapper
})

afterEach(async () => {
  await world?.close()
  world = null
  if (savedFfmpeg === undefined) delete process.env.LONGVIDEO_FFMPEG
  else process.env.LONGVIDEO_FFMPEG = savedFfmpeg
})

const inspections = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [])

describe('segment inspections in SQLite', () => {
  it('finalizes after a restart without inspecting any segment again, and re-inspects a file that changed', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left', 'sit down'] }))
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 3, 'three segments')
    // Each finished segment is inspected once, off the hand-off's path.
    const storedPaths = () => w.sidecar.db.prepare('SELECT path FROM video_inspections ORDER BY path').all() as { path: string }[]
    const stored = await waitUntil(async () => storedPaths(), (rows) => rows.length >= 3, 'three stored inspections')
    expect(stored).toHaveLength(3)
    expect(inspections()).toHaveLength(3)

    expect((await w.api('POST', `/api/jobs/${body.id}/finalize`, {})).status).toBe(200)
    const first = await w.waitForJob(body.id, (j) => j.status === 'completed' || j.error !== null, 'first finalize')
    expect([first.error, first.final_video?.frames]).toEqual([null, 9 + 8 + 8])
    expect(inspections()).toHaveLength(3)

    // Restarted: nothing in memory, everything in the database.
    await w.api('POST', `/api/jobs/${body.id}/reopen`)
    await w.restartSidecar()
    expect((await w.api('POST', `/api/jobs/${body.id}/finalize`, {})).status).toBe(200)
    const second = await w.waitForJob(body.id, (j) => j.status === 'completed' || j.error !== null, 'finalize after restart')
    expect([second.error, second.final_video?.frames]).toEqual([null, 9 + 8 + 8])
    expect(inspections()).toHaveLength(3)

    // Another file version (same path, new mtime) is not trusted to the old answer.
    const touched = stored[0]?.path ?? ''
    const later = new Date(Date.now() + 10_000)
    utimesSync(touched, later, later)
    await w.api('POST', `/api/jobs/${body.id}/reopen`)
    await w.restartSidecar()
    await w.api('POST', `/api/jobs/${body.id}/finalize`, {})
    const third = await w.waitForJob(body.id, (j) => j.status === 'completed' || j.error !== null, 'finalize after a touch')
    expect([third.error, third.final_video?.frames]).toEqual([null, 9 + 8 + 8])
    expect(inspections()).toHaveLength(4)
    expect(inspections()[3]).toContain(touched)
  })
})
