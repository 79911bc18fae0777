// Which view of the panel is showing.
import { defineStore } from 'pinia'
import { ref } from 'vue'

export type PanelView = 'dashboard' | 'new' | 'job' | 'settings' | 'library' | 'gallery' | 'prompts' | 'templates' | 'backends'

export const useNavigationStore = defineStore('longvideo.navigation', () => {
  const view = ref<PanelView>('dashboard')
  const jobId = ref<number | null>(null)

  function show(next: Exclude<PanelView, 'job'>): void {
    view.value = next
  }

  function openJob(id: number): void {
    jobId.value = id
    view.value = 'job'
  }

  return { view, jobId, show, openJob }
})
