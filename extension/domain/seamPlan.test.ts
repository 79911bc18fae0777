import { describe, expect, it } from 'vitest'
import { chainFrames, JobParameters, SeamSettings } from '../../sidecar/contract'
import { jobWithSegments, seamCaps, segment } from '../testing/fixtures'
import {
  defaultSeamBody,
  jobChainFrames,
  joinRows,
  joinSeamBody,
  previewChainFrames,
  seamDraftProblem,
  seamOptions,
  seamSettingsOf,
  sviMissing,
} from './seamPlan'

describe('the seam options of the new-job form', () => {
  it('offers SVI only when ComfyUI has the node and the LoRAs, naming what is missing otherwise', () => {
    const without = seamOptions(['frame', 'motion', 'svi'], seamCaps())
    expect(without.map((o) => [o.value, o.disabled])).toEqual([['frame', false], ['motion:5', false], ['motion:9', false], ['svi', true]])
    expect(without.at(-1)?.reason).toMatch(/WanImageToVideoSVIPro \(install ComfyUI-KJNodes\) and the SVI 2.0 Pro LoRA pair/)
    expect(seamOptions(['frame', 'motion', 'svi'], seamCaps({ svi: true })).every((o) => !o.disabled)).toBe(true)
  })

  it('says in a few words what SVI lacks', () => {
    expect(sviMissing(seamCaps())).toBe("SVI 2.0 Pro needs KJNodes' WanImageToVideoSVIPro and the SVI LoRA pair")
    const loras = seamCaps()
    loras.svi.node = true
    expect(sviMissing(loras)).toBe('SVI 2.0 Pro needs the SVI LoRA pair')
    expect(sviMissing({ ...seamCaps(), comfyui_reachable: false })).toBe('SVI 2.0 Pro: ComfyUI did not answer')
    expect(sviMissing(seamCaps({ svi: true }))).toBeNull()
    expect(sviMissing(null)).toBeNull()
  })

  it("waits for the check before offering SVI, and follows the preset's graph", () => {
    expect(seamOptions(['frame', 'motion', 'svi'], null).find((o) => o.value === 'svi')?.reason).toMatch(/Checking/)
    const frameOnly = seamOptions(['frame'], seamCaps({ svi: true }))
    expect(frameOnly.filter((o) => !o.disabled).map((o) => o.value)).toEqual(['frame'])
    expect(frameOnly[1]?.reason).toBe("This preset's graph cannot make motion joins")
  })

  it('sends no seam settings for plain joins and full, valid ones otherwise', () => {
    expect(seamSettingsOf({ option: 'frame', anchor: false })).toBeUndefined()
    const motion = seamSettingsOf({ option: 'motion:9', anchor: true })
    expect(motion).toEqual({ mode: 'motion', motion_frames: 9, anchor: true, joins: {} })
    expect(SeamSettings.parse(motion)).toEqual(motion)
    expect(seamSettingsOf({ option: 'svi', anchor: false })?.mode).toBe('svi')
  })

  it('refuses a K that leaves a segment nothing new', () => {
    expect(seamDraftProblem({ option: 'motion:9', anchor: false }, 9)).toMatch(/^9 frames per segment leave nothing new after the 9 carried frames/)
    expect(seamDraftProblem({ option: 'motion:9', anchor: false }, 13)).toBeNull()
    expect(seamDraftProblem({ option: 'frame', anchor: false }, null)).toBeNull()
  })

  it('previews L + sum(L - K) for the planned segments', () => {
    expect(previewChainFrames(81, 1, { option: 'motion:9', anchor: false })).toBe(81)
    expect(previewChainFrames(81, 3, { option: 'frame', anchor: false })).toBe(81 + 80 + 80)
    expect(previewChainFrames(81, 3, { option: 'motion:5', anchor: false })).toBe(81 + 76 + 76)
    expect(previewChainFrames(81, 3, { option: 'motion:9', anchor: false })).toBe(81 + 72 + 72)
    expect(previewChainFrames(81, 3, { option: 'svi', anchor: false })).toBe(81 + 76 + 76)
  })
})

const params = (seam?: unknown) => JobParameters.parse({ ...jobWithSegments([]).parameters, ...(seam ? { seam } : {}) })

describe('the joins of a job', () => {
  const mixed = () =>
    jobWithSegments(
      [
        segment({ idx: 0, frames: 81 }),
        segment({ idx: 1, frames: 80, seam: 6.8, seam_warning: true }),
        segment({ idx: 2, frames: 76, seam_mode: 'motion', carry: 5, seam: 1.1 }),
        segment({ idx: 3, status: 'planned', frames: null, carry: 0 }),
      ],
      { parameters: params({ mode: 'frame', joins: { '1': { mode: 'motion' }, '2': { mode: 'motion', frames: 9 } } }) }
    )

  it('reads each join: its mode, its meter, the advice when it warns, how the segment was made', () => {
    const rows = joinRows(mixed())
    expect(rows.map((r) => [r.after, r.option, r.own, r.seam, r.warning, r.ran])).toEqual([
      [0, 'frame', false, 6.8, true, true],
      [1, 'motion:5', true, 1.1, false, true],
      [2, 'motion:9', true, null, false, false],
    ])
    expect(rows[0]?.advice).toBe('The motion or picture jumps at this join; try motion mode (carry 5 or 9 frames), another seed for the segment after the join or a crossfade at finalize.')
    expect(rows[1]?.advice).toBeNull()
    expect(rows.every((r) => r.madeWith === null)).toBe(true)
    // The user switches the first join to motion after it ran: the row says what the redo will use.
    const switched = mixed()
    switched.parameters = params({ mode: 'frame', joins: { '0': { mode: 'motion', frames: 9 } } })
    expect(joinRows(switched)[0]).toMatchObject({ option: 'motion:9', madeWith: 'frame' })
  })

  it('counts the whole chain with the carries made and the modes planned', () => {
    expect(jobChainFrames(mixed())).toBe(81 + 80 + 76 + 72)
    expect(jobChainFrames(mixed())).toBe(chainFrames(81, 4, [1, 5, 9]))
  })

  it("asks for a join's own mode, or gives it back to the job's", () => {
    const job = mixed()
    expect(joinSeamBody(job, 0, 'motion:9')).toEqual({ joins: [{ after: 0, mode: 'motion', frames: 9 }] })
    expect(joinSeamBody(job, 1, 'frame')).toEqual({ joins: [{ after: 1, mode: null }] })
    expect(joinSeamBody(job, 2, 'svi')).toEqual({ joins: [{ after: 2, mode: 'svi' }] })
    expect(defaultSeamBody('motion:5')).toEqual({ mode: 'motion', motion_frames: 5 })
  })
})
