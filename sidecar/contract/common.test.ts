import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  CreateJobBody,
  CreateTemplateBody,
  findControlCharacter,
  LibraryUseBody,
  LoraMetaUpdate,
  SettingsUpdate,
  TakesBody,
  UpdateJobBody,
} from '.'

const job = { name: 'Walk', input_image: 'start.png', prompt: 'a walk' }

function firstIssue(schema: z.core.$ZodType, value: unknown): { path: string; message: string } | null {
  const r = z.safeParse(schema, value)
  if (r.success) return null
  const issue = r.error.issues[0]
  return { path: (issue?.path ?? []).join('.'), message: issue?.message ?? '' }
}

describe('text fields refuse control characters', () => {
  it('finds the first control character and says where it is', () => {
    expect(findControlCharacter('plain text\nwith a tab\t')).toBeNull()
    expect(findControlCharacter('a\rb')).toBe('U+000D at position 2')
    expect(findControlCharacter('\u0000')).toBe('U+0000 at position 1')
    expect(findControlCharacter('x\u007f')).toBe('U+007F at position 2')
    expect(findControlCharacter('x\u0085')).toBe('U+0085 at position 2')
    expect(findControlCharacter('éü漢字 🙂')).toBeNull()
    // Single-line fields refuse line breaks and tabs too.
    expect(findControlCharacter('a\nb', true)).toBe('U+000A at position 2')
    expect(findControlCharacter('a\tb', true)).toBe('U+0009 at position 2')
    expect(findControlCharacter('a b', true)).toBeNull()
  })

  it.each([
    ['prompt', { ...job, prompt: 'a\u0000walk' }],
    ['prompt', { ...job, prompt: 'line one\r\nline two' }],
    ['negative_prompt', { ...job, negative_prompt: 'blur\u001b[31m' }],
    ['name', { ...job, name: 'Walk\u0000' }],
    ['name', { ...job, name: 'two\nlines' }],
    ['input_image', { ...job, input_image: 'start\u0007.png' }],
    ['preset', { ...job, preset: 'wan\u0000' }],
    ['planned_prompts.1', { ...job, planned_prompts: ['ok', 'bad\u0008'] }],
    ['planned_prompts.0.negative_prompt', { ...job, planned_prompts: [{ prompt: 'ok', negative_prompt: '\u0085' }] }],
    ['parameters.options.mode', { ...job, parameters: { options: { mode: 'a\u0000' } } }],
    ['parameters.models.high', { ...job, parameters: { models: { high: 'x\n.safetensors' } } }],
    ['loras.high.0.name', { ...job, loras: { high: [{ name: 'l\u0000.safetensors' }] } }],
  ])('CreateJobBody refuses one in %s, naming it', (path, body) => {
    const issue = firstIssue(CreateJobBody, body)
    // Unions report the failed branch under the element's own path.
    expect(issue?.path.startsWith(path) || issue?.path === path.replace(/\.\d+$/, '')).toBe(true)
    expect(issue?.message).toMatch(/control character/)
  })

  it('keeps newline and tab in prompts', () => {
    expect(CreateJobBody.safeParse({ ...job, prompt: 'first line\n\tsecond line', negative_prompt: 'a\tb\nc' }).success).toBe(true)
  })

  const cases: Array<[string, z.core.$ZodType, unknown, string]> = [
    ['UpdateJobBody', UpdateJobBody, { prompt: 'x\u0000' }, 'prompt'],
    ['TakesBody', TakesBody, { prompt: 'x\ry' }, 'prompt'],
    ['TakesBody', TakesBody, { negative_prompt: 'x\u0000' }, 'negative_prompt'],
    ['LoraMetaUpdate', LoraMetaUpdate, { name: 'a.safetensors', notes: 'x\u0000' }, 'notes'],
    ['LoraMetaUpdate', LoraMetaUpdate, { name: 'a.safetensors', trigger_words: ['ok', 'two\nwords'] }, 'trigger_words.1'],
    ['LoraMetaUpdate', LoraMetaUpdate, { name: 'a.safetensors', display_name: '\u0000' }, 'display_name'],
    ['CreateTemplateBody', CreateTemplateBody, { name: 'T', description: '\u0000', prompt: {} }, 'description'],
    ['CreateTemplateBody', CreateTemplateBody, { name: 'T\rX', prompt: {} }, 'name'],
    ['SettingsUpdate', SettingsUpdate, { defaults: { negative_prompt: '\u0000' } }, 'defaults.negative_prompt'],
    ['SettingsUpdate', SettingsUpdate, { image_folders: ['/tmp/a\nb'] }, 'image_folders.0'],
    ['LibraryUseBody', LibraryUseBody, { root: 0, path: 'a\u0000.png' }, 'path'],
  ]
  it.each(cases)('%s refuses a control character and names the field (%#)', (_name, schema, body, path) => {
    const issue = firstIssue(schema, body)
    expect(issue?.path).toBe(path)
    expect(issue?.message).toMatch(/control character/)
  })
})
