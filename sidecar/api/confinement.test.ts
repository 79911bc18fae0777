// Files the sidecar reads for a job stay inside their folder after symlinks are followed.
import { copyFileSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, JobWithSegments } from '../contract'
import { smallJob, startWorld, writeStartImage } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


describe('job files are confined to ComfyUI\'s folders', () => {
  it('refuses an input_image that is a symlink out of the input folder, at creation and in the thumbnail', async () => {
    world = await startWorld()
    const w = world
    const outside = path.join(w.root, 'outside')
    mkdirSync(outside)
    writeStartImage(outside, 'secret.png')
    symlinkSync(path.join(outside, 'secret.png'), path.join(w.sim.inputDir, 'link.png'))

    const refused = await w.api<ApiError>('POST', '/api/jobs', smallJob({ input_image: 'link.png' }))
    expect(refused.status).toBe(400)
    expect(refused.body.error.field).toBe('input_image')
    expect(refused.body.error.message).toMatch(/outside/)

    // A job made from a real file whose name later becomes such a link: its thumbnail is not served.
    copyFileSync(path.join(w.sim.inputDir, 'start.png'), path.join(w.sim.inputDir, 'later.png'))
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: 'later.png', start: false }))
    rmSync(path.join(w.sim.inputDir, 'later.png'))
    symlinkSync(path.join(outside, 'secret.png'), path.join(w.sim.inputDir, 'later.png'))
    const thumb = await fetch(`${w.sidecar.url}/api/jobs/${body.id}/thumbnail`, { headers: w.sidecar.authHeaders })
    expect(thumb.status).toBe(400)
    expect(thumb.headers.get('content-type')).toMatch(/json/)
    const answer = (await thumb.json()) as ApiError
    expect(answer.error.message).toMatch(/outside/)
  })

  it('still serves a thumbnail through a symlink that stays inside the input folder', async () => {
    world = await startWorld()
    const w = world
    mkdirSync(path.join(w.sim.inputDir, 'sub'))
    symlinkSync(path.join(w.sim.inputDir, 'start.png'), path.join(w.sim.inputDir, 'sub', 'inner.png'))
    const { status, body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: 'sub/inner.png', start: false }))
    expect(status).toBe(201)
    const thumb = await fetch(`${w.sidecar.url}/api/jobs/${body.id}/thumbnail`, { headers: w.sidecar.authHeaders })
    expect(thumb.status).toBe(200)
    expect(thumb.headers.get('content-type')).toMatch(/image/)
  })
})
