// The user's own workflow templates: the saved list, and the one being made in the role editor
// (a graph from the canvas or a file, the user's role picks, the sidecar's detection of it).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RoleOverrides, RoleSite, TemplateDetection, UserTemplate } from '../../sidecar/contract'
import { TemplateRefused, templatesApi } from '../composables/useTemplatesApi'
import { currentGraphPrompt } from '../host'
import { useSettingsStore } from './settingsStore'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'

export interface TemplateDraft {
  /** The graph as it came (API format, or whatever the file held: the sidecar names what is wrong). */
  prompt: Record<string, unknown>
  from: 'canvas' | 'file'
  fileName: string | null
  roles: RoleOverrides
  detection: TemplateDetection | null
  name: string
  description: string
}

const message = (e: unknown) => (errorMessage(e))

export const useTemplatesStore = defineStore('longvideo.templates', () => {
  const templates = ref<UserTemplate[]>([])
  const draft = ref<TemplateDraft | null>(null)
  /** The last refusal (detect or save), in the sidecar's words. */
  const error = ref<string | null>(null)
  const busy = ref(false)
  /** The template just saved, to show what saving changed. */
  const saved = ref<UserTemplate | null>(null)

  async function load(): Promise<void> {
    templates.value = await templatesApi.list()
  }

  /** The new-job form's preset list learns about saved, renamed and deleted templates. */
  async function refreshPresets(): Promise<void> {
    const settings = useSettingsStore()
    await settings.load().catch(() => undefined)
  }

  async function detect(): Promise<void> {
    const d = draft.value
    if (!d) return
    busy.value = true
    error.value = null
    try {
      d.detection = await templatesApi.detect(d.prompt, Object.keys(d.roles).length ? d.roles : undefined)
    } catch (e) {
      d.detection = null
      error.value = message(e)
    } finally {
      busy.value = false
    }
  }

  async function begin(prompt: Record<string, unknown>, from: 'canvas' | 'file', fileName: string | null): Promise<void> {
    saved.value = null
    draft.value = { prompt, from, fileName, roles: {}, detection: null, name: fileName?.replace(/\.json$/i, '') ?? '', description: '' }
    await detect()
    // A graph the sidecar refuses outright (UI format, malformed node) has no roles to edit: only its message stays.
    if (draft.value && !draft.value.detection) draft.value = null
  }

  async function fromCanvas(): Promise<void> {
    error.value = null
    let prompt: Record<string, unknown>
    try {
      prompt = await currentGraphPrompt()
    } catch (e) {
      draft.value = null
      error.value = t('templates.canvasFailure', { message: message(e) })
      return
    }
    await begin(prompt, 'canvas', null)
  }

  async function fromFile(file: File): Promise<void> {
    error.value = null
    let parsed: unknown
    try {
      parsed = JSON.parse(await file.text())
    } catch {
      draft.value = null
      error.value = t('templates.notJson', { name: file.name })
      return
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      draft.value = null
      error.value = t('templates.notWorkflow', { name: file.name })
      return
    }
    await begin(parsed as Record<string, unknown>, 'file', file.name)
  }

  /** The user's pick for a role replaces what detection found; detection runs again with it. */
  async function pick(role: string, sites: RoleSite[]): Promise<void> {
    if (!draft.value) return
    draft.value.roles = { ...draft.value.roles, [role]: sites }
    await detect()
  }

  async function unpick(role: string): Promise<void> {
    if (!draft.value) return
    const rest = { ...draft.value.roles }
    delete rest[role]
    draft.value.roles = rest
    await detect()
  }

  async function save(): Promise<UserTemplate | null> {
    const d = draft.value
    if (!d) return null
    error.value = null
    if (!d.name.trim()) {
      error.value = t('templates.nameIt')
      return null
    }
    busy.value = true
    try {
      const t = await templatesApi.create({
        name: d.name.trim(),
        description: d.description,
        prompt: d.prompt,
        roles: Object.keys(d.roles).length ? d.roles : undefined,
      })
      templates.value = [...templates.value, t]
      saved.value = t
      draft.value = null
      await refreshPresets()
      return t
    } catch (e) {
      error.value = message(e)
      if (e instanceof TemplateRefused && e.detection) d.detection = e.detection
      return null
    } finally {
      busy.value = false
    }
  }

  function cancel(): void {
    draft.value = null
    error.value = null
  }

  function dismissSaved(): void {
    saved.value = null
  }

  async function rename(id: string, name: string): Promise<void> {
    const t = await templatesApi.update(id, { name })
    templates.value = templates.value.map((x) => (x.id === id ? t : x))
    await refreshPresets()
  }

  async function remove(id: string): Promise<void> {
    await templatesApi.remove(id)
    templates.value = templates.value.filter((x) => x.id !== id)
    await refreshPresets()
  }

  return { templates, draft, error, busy, saved, load, fromCanvas, fromFile, pick, unpick, save, cancel, dismissSaved, rename, remove }
})
