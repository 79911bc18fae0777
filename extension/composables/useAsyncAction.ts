// What a click starts, run one way everywhere: `busy` names the action under way, and a failure is shown
// (a toast, or a message and field for the form to show) instead of thrown at the caller.
import { ref } from 'vue'
import { errorMessage } from '../domain/errorMessage'
import { toast } from '../host'
import { SidecarError } from './useSidecarApi'

export interface AsyncActionOptions {
  /** Title of the error toast ("Could not retry"); without it the failure goes to `error` and `field`. */
  failure?: string
}

export function useAsyncAction<Name extends string = string>() {
  /** The action under way, null when none. */
  const busy = ref<Name | null>(null)
  /** Why the last action failed when no toast said it (a form shows it); cleared when the next one starts. */
  const error = ref<string | null>(null)
  /** The request field the sidecar named in that failure, if any. */
  const field = ref<string | null>(null)

  /** Runs `action`; resolves to its result, or undefined when it failed (the failure is already shown). */
  async function run<R>(name: Name, action: () => Promise<R>, options: AsyncActionOptions = {}): Promise<R | undefined> {
    busy.value = name
    error.value = null
    field.value = null
    try {
      return await action()
    } catch (e) {
      if (options.failure) toast('error', options.failure, errorMessage(e))
      else {
        error.value = errorMessage(e)
        field.value = e instanceof SidecarError ? e.field : null
      }
      return undefined
    } finally {
      // Another action started meanwhile keeps its own indicator.
      if (busy.value === name) busy.value = null
    }
  }

  return { busy, error, field, run }
}
