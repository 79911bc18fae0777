// A view the panel loads when first shown: a chunk of its own (web/chunks/*.mjs, see vite.config.ts), so
// opening the sidebar does not wait for the code of views the user may never open.
import { defineAsyncComponent } from 'vue'
import type { Component } from 'vue'

/** A component that loads on first render; a failed load (a flaky network) is tried twice more. */
export function lazyView(load: () => Promise<{ default: Component }>): Component {
  return defineAsyncComponent({
    loader: load,
    onError(error, retry, fail, attempts) {
      if (attempts <= 2) setTimeout(retry, 300 * attempts)
      else {
        console.error('Long Video: a view did not load', error)
        fail()
      }
    },
  })
}
