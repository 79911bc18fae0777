// The rendered width of an element in CSS pixels, kept current with a ResizeObserver: charts draw at
// their real size, so their labels keep their font size at any sidebar width.
import { onBeforeUnmount, onMounted, ref } from 'vue'
import type { Ref } from 'vue'

export function useElementWidth(target: Ref<HTMLElement | null>, fallback: number): Ref<number> {
  const width = ref(fallback)
  let observer: ResizeObserver | null = null
  onMounted(() => {
    const el = target.value
    if (!el) return
    const read = () => {
      const w = Math.round(el.getBoundingClientRect().width)
      if (w > 0) width.value = w
    }
    read()
    if (typeof ResizeObserver === 'function') {
      observer = new ResizeObserver(read)
      observer.observe(el)
    }
  })
  onBeforeUnmount(() => observer?.disconnect())
  return width
}
