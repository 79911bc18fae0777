import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS, DomainError } from '../contract'
import { capReached, checkRunningJobs, checkSegmentCount, checkStartImages, checkTakes } from './workCaps'

const limits = { ...DEFAULT_LIMITS, max_segments_per_job: 3, max_takes_per_segment: 4, max_waiting_takes: 6, max_running_jobs: 2 }

function refusal(fn: () => void): DomainError {
  try {
    fn()
  } catch (err) {
    if (err instanceof DomainError) return err
    throw err
  }
  throw new Error('not refused')
}

describe('caps on queued GPU work', () => {
  it('says the cap, the setting and how to raise it, as a 409 naming the request field', () => {
    const err = capReached('max_takes_per_segment', 16, 'count', '17 takes')
    expect(err.code).toBe('conflict')
    expect(err.field).toBe('count')
    expect(err.message).toBe('count: 17 takes; the cap is 16 (raise it in Settings > Limits on queued work > "Takes waiting per segment", or with PUT /api/settings {"limits": {"max_takes_per_segment": N}})')
    expect(err.details).toEqual({ setting: 'limits.max_takes_per_segment', limit: 16 })
  })

  it('allows up to max_segments_per_job segments, not one more', () => {
    expect(() => checkSegmentCount(limits, 3, 'planned_prompts')).not.toThrow()
    const err = refusal(() => checkSegmentCount(limits, 4, 'planned_prompts'))
    expect(err.message).toMatch(/^planned_prompts: the job would have 4 segments; the cap is 3 /)
  })

  it('counts the takes of the segment and all waiting takes, with the new ones', () => {
    expect(() => checkTakes(limits, { segment: 2, overall: 4 }, 2, 'count')).not.toThrow()
    expect(refusal(() => checkTakes(limits, { segment: 3, overall: 0 }, 2, 'count')).details).toEqual({ setting: 'limits.max_takes_per_segment', limit: 4 })
    expect(refusal(() => checkTakes(limits, { segment: 0, overall: 5 }, 2, 'seeds')).details).toEqual({ setting: 'limits.max_waiting_takes', limit: 6 })
    expect(refusal(() => checkTakes(limits, { segment: 0, overall: 5 }, 2, 'seeds')).field).toBe('seeds')
    expect(() => checkTakes(limits, { segment: 0, overall: 4 }, 2, 'count')).not.toThrow()
  })

  it('lets a job start while fewer than max_running_jobs run', () => {
    expect(() => checkRunningJobs(limits, 1, 'start')).not.toThrow()
    expect(refusal(() => checkRunningJobs(limits, 2, 'start')).message).toMatch(/^start: 2 jobs are already running; the cap is 2 /)
  })

  it('allows up to max_waiting_start_images start images waiting, counting the new ones, and says so past it', () => {
    const caps = { ...limits, max_waiting_start_images: 4 }
    expect(() => checkStartImages(caps, 1, 3, 'count')).not.toThrow()
    const err = refusal(() => checkStartImages(caps, 2, 3, 'count'))
    expect(err.message).toMatch(/^count: 2 start images are waiting and 3 more were asked for; the cap is 4 \(raise it in Settings > Limits on queued work > "Start images waiting"/)
    expect(err.details).toEqual({ setting: 'limits.max_waiting_start_images', limit: 4 })
  })

  it('says how many takes are waiting, per segment and across jobs', () => {
    expect(refusal(() => checkTakes(limits, { segment: 3, overall: 0 }, 2, 'count')).message).toMatch(/^count: the segment has 3 takes waiting and 2 more were asked for; the cap is 4 /)
    expect(refusal(() => checkTakes(limits, { segment: 0, overall: 5 }, 2, 'seeds')).message).toMatch(/^seeds: 5 takes are waiting across all jobs and 2 more were asked for; the cap is 6 /)
  })
})
