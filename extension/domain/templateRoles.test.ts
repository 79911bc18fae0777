import { describe, expect, it } from 'vitest'
import { byRoleOrder, defaultSite, graphNodeChoices, roleLabel, siteText } from './templateRoles'

const graph = {
  '12': { class_type: 'LoadImage', inputs: { image: 'fox.png', upload: 'image' }, _meta: { title: 'Start' } },
  '3': { class_type: 'UNETLoader', inputs: { unet_name: 'high.safetensors', weight_dtype: 'default' }, _meta: { title: 'UNETLoader' } },
  '57': { class_type: 'KSamplerAdvanced', inputs: { model: ['3', 0], noise_seed: 5, steps: 6 }, _meta: { title: 'KSampler (high)' } },
}

describe('the role editor vocabulary', () => {
  it('lists graph nodes by id with their title only when it differs from the class', () => {
    expect(graphNodeChoices(graph).map((n) => n.label)).toEqual(['#3 UNETLoader', '#12 Start (LoadImage)', '#57 KSampler (high) (KSamplerAdvanced)'])
  })

  it("picks a role's usual input on a chosen node, a value rather than a link otherwise, and an output for LoRA roles", () => {
    const nodes = graphNodeChoices(graph)
    const node = (id: string) => nodes.find((n) => n.id === id)
    expect(defaultSite('start_image', node('12'), graph)).toEqual({ node: '12', input: 'image' })
    expect(defaultSite('seed', node('57'), graph)).toEqual({ node: '57', input: 'noise_seed' })
    expect(defaultSite('steps', node('57'), graph)).toEqual({ node: '57', input: 'steps' })
    expect(defaultSite('negative', node('57'), graph)).toEqual({ node: '57', input: 'noise_seed' })
    expect(defaultSite('lora_high', node('3'), graph)).toEqual({ node: '3', output: 0 })
    expect(defaultSite('seed', undefined, graph)).toBeNull()
  })

  it('names roles in words and puts the start image and prompts before the output plumbing', () => {
    expect(roleLabel('options.virtual_vram_gb')).toBe('Option virtual_vram_gb')
    expect(byRoleOrder([{ role: 'video_output' }, { role: 'options.x' }, { role: 'positive' }, { role: 'start_image' }]).map((r) => r.role)).toEqual([
      'start_image',
      'positive',
      'video_output',
      'options.x',
    ])
    expect(siteText({ node: '12', input: 'image', title: 'Start', class_type: 'LoadImage' })).toBe('#12 Start (LoadImage).image')
  })
})
