import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { DetectTemplateBody, ReportedRole, TemplateDetection, UserTemplate } from '../../../sidecar/contract'
import type { ComfyApiNode } from '../../comfy-host'
import { preset14b } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import TemplatesView from './TemplatesView.vue'

// The user's canvas: two image loaders, so the sidecar cannot tell which one starts the video.
const canvas: Record<string, ComfyApiNode> = {
  '5': { class_type: 'LoadImage', inputs: { image: 'ref.png' }, _meta: { title: 'Reference' } },
  '12': { class_type: 'LoadImage', inputs: { image: 'fox.png' }, _meta: { title: 'Load Image' } },
  '50': { class_type: 'WanImageToVideo', inputs: { start_image: ['12', 0], width: 832, height: 480, length: 81 }, _meta: { title: 'WanImageToVideo' } },
  '60': { class_type: 'SaveVideo', inputs: { video: ['61', 0], filename_prefix: 'video/wan' }, _meta: { title: 'Save Video' } },
}

const widthRole: ReportedRole = {
  role: 'width',
  sites: [{ node: '50', input: 'width', title: 'WanImageToVideo', class_type: 'WanImageToVideo' }],
  how: 'the width of the node that makes the first pass latent',
  origin: 'detected',
}
const videoRole: ReportedRole = {
  role: 'video_output',
  sites: [{ node: '60', input: 'filename_prefix', title: 'Save Video', class_type: 'SaveVideo' }],
  how: 'the one SaveVideo',
  origin: 'detected',
}

function detection(over: Partial<TemplateDetection>): TemplateDetection {
  return {
    ok: true,
    roles: [videoRole, widthRole],
    problems: [],
    changes: ['adds the last-frame branch (ImageFromBatch -> SaveImage, new nodes 61, 62)'],
    kind: 'i2v',
    family: 'wan22_14b',
    defaults: { width: 832, height: 480, fps: 16, frames: 81, steps: 20, cfg: 3.5 },
    models: preset14b.models,
    options: [],
    preflight: [],
    ...over,
  }
}

/** The sidecar's answer to detect: the start image is a problem until the user picks a loader. */
function detect(body: DetectTemplateBody): TemplateDetection {
  const pick = body.roles?.start_image?.[0]
  if (!pick) {
    return detection({
      ok: false,
      problems: [{ role: 'start_image', message: "two LoadImage nodes could be the start image (#5 'Reference', #12 'Load Image'); pick one", candidates: ['5', '12'] }],
    })
  }
  const n = canvas[pick.node]!
  const start: ReportedRole = {
    role: 'start_image',
    sites: [{ node: pick.node, input: pick.input, title: n._meta?.title ?? null, class_type: n.class_type }],
    how: 'chosen by you',
    origin: 'chosen',
  }
  return detection({ roles: [videoRole, widthRole, start] })
}

let host: FakeHost
const bodies = (route: string) =>
  host.calls.filter((c) => `${c.init?.method ?? 'GET'} ${c.route}` === route).map((c) => JSON.parse(String(c.init?.body)) as Record<string, unknown>)

function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(TemplatesView, { global: { plugins: [pinia] }, attachTo: document.body })
}

async function openCanvas() {
  const view = mountView()
  await flushPromises()
  await view.get('[data-testid="use-canvas"]').trigger('click')
  await flushPromises()
  return view
}

describe('the role editor', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    host = installFakeHost()
    window.comfyAPI!.app!.app!.graphToPrompt = async () => ({ workflow: {}, output: canvas })
    host.on('GET /longvideo/api/templates', { body: { templates: [] } })
    host.on('GET /longvideo/api/settings', { body: { error: 'unused' }, status: 500 })
    host.on('POST /longvideo/api/templates/detect', (init) => ({ body: detect(JSON.parse(String(init?.body)) as DetectTemplateBody) }))
  })

  it("sends the canvas graph to detection and shows each role's node, class, input and how it was found, and the problems", async () => {
    const view = await openCanvas()
    expect(bodies('POST /longvideo/api/templates/detect')).toEqual([{ prompt: canvas }])
    const width = view.get('[data-testid="role"][data-role="width"]')
    expect(width.text()).toContain('Width')
    expect(width.get('[data-testid="role-site"]').text()).toBe('#50 WanImageToVideo (WanImageToVideo).width')
    expect(width.text()).toContain('the width of the node that makes the first pass latent')
    expect(view.get('[data-testid="role"][data-role="video_output"] [data-testid="role-site"]').text()).toBe('#60 Save Video (SaveVideo).filename_prefix')
    expect(view.get('[data-testid="role-problem"][data-role="start_image"]').text()).toContain(
      "Start image: two LoadImage nodes could be the start image (#5 'Reference', #12 'Load Image'); pick one"
    )
    // A role only a problem names still gets a row to fill it.
    expect(view.get('[data-testid="role"][data-role="start_image"]').attributes('data-origin')).toBe('missing')
    expect(view.get('[data-testid="template-changes"]').text()).toContain('adds the last-frame branch')
  })

  it('fixes a role with a node and input chosen from the graph, and detects again with that pick', async () => {
    const view = await openCanvas()
    await view.get('[data-testid="role"][data-role="start_image"] [data-testid="change-role"]').trigger('click')
    const picker = view.get('[data-testid="role-picker"]')
    expect(picker.findAll('[data-testid="pick-node"] option').map((o) => o.text())).toEqual([
      'Choose a node…',
      '#5 Reference (LoadImage)',
      '#12 Load Image (LoadImage)',
      '#50 WanImageToVideo',
      '#60 Save Video (SaveVideo)',
    ])
    await picker.get('[data-testid="pick-node"]').setValue('12')
    expect((picker.get('[data-testid="pick-input"]').element as HTMLSelectElement).value).toBe('image')
    await picker.get('[data-testid="pick-apply"]').trigger('click')
    await flushPromises()
    expect(bodies('POST /longvideo/api/templates/detect').at(-1)).toEqual({ prompt: canvas, roles: { start_image: [{ node: '12', input: 'image' }] } })
    const start = view.get('[data-testid="role"][data-role="start_image"]')
    expect(start.attributes('data-origin')).toBe('chosen')
    expect(start.get('[data-testid="role-site"]').text()).toBe('#12 Load Image (LoadImage).image')
    expect(view.find('[data-testid="role-problems"]').exists()).toBe(false)
  })

  it("refuses to save while a required role is missing, showing the sidecar's message saying which and why", async () => {
    const message = "start image: two LoadImage nodes could be the start image (#5 'Reference', #12 'Load Image'); pick one"
    host.on('POST /longvideo/api/templates', (init) => {
      const body = JSON.parse(String(init?.body)) as DetectTemplateBody
      return { status: 400, body: { error: { code: 'bad_request', message, field: 'roles.start_image', details: detect(body) } } }
    })
    const view = await openCanvas()
    await view.get('[data-testid="template-name"]').setValue('Fox graph')
    await view.get('[data-testid="save-template"]').trigger('click')
    await flushPromises()
    expect(view.get('[data-testid="template-error"]').text()).toBe(message)
    expect(view.find('[data-testid="template-saved"]').exists()).toBe(false)
    expect(view.findAll('[data-testid="template-row"]')).toHaveLength(0)
  })

  it('saves a named template, lists what saving changed, and lists the template', async () => {
    const saved = (body: { name: string; roles: DetectTemplateBody['roles'] }): UserTemplate => {
      const d = detect({ prompt: canvas, roles: body.roles })
      return {
        id: 'user_fox_graph', name: body.name, description: '', prompt: canvas, roles: body.roles ?? {}, detection: d,
        preset: { ...preset14b, id: 'user_fox_graph', name: body.name, source: 'user' }, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
      }
    }
    host.on('POST /longvideo/api/templates', (init) => ({ status: 201, body: saved(JSON.parse(String(init?.body)) as { name: string; roles: DetectTemplateBody['roles'] }) }))
    const view = await openCanvas()
    await view.get('[data-testid="use-candidate"]').trigger('click')
    await flushPromises()
    await view.get('[data-testid="template-name"]').setValue('  Fox graph ')
    await view.get('[data-testid="save-template"]').trigger('click')
    await flushPromises()
    expect(bodies('POST /longvideo/api/templates')).toEqual([
      { name: 'Fox graph', description: '', prompt: canvas, roles: { start_image: [{ node: '5', input: 'image' }] } },
    ])
    expect(view.find('[data-testid="role-editor"]').exists()).toBe(false)
    expect(view.get('[data-testid="saved-changes"]').text()).toBe('adds the last-frame branch (ImageFromBatch -> SaveImage, new nodes 61, 62)')
    expect(view.get('[data-testid="template-row"]').text()).toContain('Fox graph')
  })

  it("refuses an imported UI-format workflow with the sidecar's message, and a file that is not JSON", async () => {
    const uiMessage = 'prompt: this is the UI workflow format (nodes and links); send the API format: the open canvas, or a file saved with "Export (API)"'
    host.on('POST /longvideo/api/templates/detect', { status: 400, body: { error: { code: 'bad_request', message: uiMessage, field: 'prompt' } } })
    const view = mountView()
    await flushPromises()
    const input = view.get('[data-testid="template-file"]')
    const ui = new File([JSON.stringify({ nodes: [], links: [], version: 0.4 })], 'my-workflow.json', { type: 'application/json' })
    Object.defineProperty(input.element, 'files', { value: [ui], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(bodies('POST /longvideo/api/templates/detect')).toEqual([{ prompt: { nodes: [], links: [], version: 0.4 } }])
    expect(view.get('[data-testid="template-error"]').text()).toBe(uiMessage)
    expect(view.find('[data-testid="role-editor"]').exists()).toBe(false)

    Object.defineProperty(input.element, 'files', { value: [new File(['{nodes'], 'broken.json')], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(view.get('[data-testid="template-error"]').text()).toBe('broken.json is not a JSON file')
  })

  it('renames and deletes a saved template', async () => {
    const t: UserTemplate = {
      id: 'user_fox', name: 'Fox', description: '', prompt: canvas, roles: {}, detection: detection({}),
      preset: { ...preset14b, id: 'user_fox', name: 'Fox', source: 'user' }, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
    }
    host.on('GET /longvideo/api/templates', { body: { templates: [t] } })
    host.on('PUT /longvideo/api/templates/user_fox', (init) => ({ body: { ...t, ...(JSON.parse(String(init?.body)) as object) } }))
    host.on('DELETE /longvideo/api/templates/user_fox', { status: 204, body: '', contentType: 'text/plain' })
    const view = mountView()
    await flushPromises()
    await view.get('[data-testid="rename-template"]').trigger('click')
    await view.get('[data-testid="rename-input"]').setValue('Fox in snow')
    await view.get('[data-testid="rename-save"]').trigger('click')
    await flushPromises()
    expect(bodies('PUT /longvideo/api/templates/user_fox')).toEqual([{ name: 'Fox in snow' }])
    expect(view.get('[data-testid="template-name-text"]').text()).toBe('Fox in snow')
    await view.get('[data-testid="delete-template"]').trigger('click')
    await flushPromises()
    expect(host.calls.some((c) => c.init?.method === 'DELETE' && c.route === '/longvideo/api/templates/user_fox')).toBe(true)
    expect(view.find('[data-testid="template-row"]').exists()).toBe(false)
    expect(view.find('[data-testid="no-templates"]').exists()).toBe(true)
  })
})
