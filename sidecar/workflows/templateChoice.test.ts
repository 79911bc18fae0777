import { packageTemplates } from '../testing/packageTemplates'
import { describe, expect, it } from 'vitest'
import { templateForSegment } from './templateChoice'

const templates = packageTemplates

describe('templateForSegment', () => {
  it('uses the preset whenever there is a start image', () => {
    expect(templateForSegment(templates, 'wan22_14b_i2v', 'x.png').id).toBe('wan22_14b_i2v')
  })

  it('makes a text-only first segment of an image-to-video job with its t2v_first template', () => {
    expect(templateForSegment(templates, 'wan22_14b_i2v', null).id).toBe('wan22_14b_t2v')
    expect(templateForSegment(templates, 'wan22_14b_i2v_gguf_distorch2', null).id).toBe('wan22_14b_t2v_gguf_distorch2')
  })

  it('lets the 5B preset start from text itself', () => {
    expect(templateForSegment(templates, 'wan22_5b_ti2v', null).id).toBe('wan22_5b_ti2v')
  })

  it('names the field of an unknown preset', () => {
    expect(() => templateForSegment(templates, 'nope', null)).toThrow('unknown preset "nope"')
  })
})
