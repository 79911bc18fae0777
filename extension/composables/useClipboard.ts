// Copying text for the user, with a toast saying it worked (or why not).
import { toast } from '../host'
import { errorMessage } from '../domain/errorMessage'

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    toast('success', `${what} copied`)
  } catch (e) {
    // Clipboard access needs a secure context (https or localhost) and focus.
    toast('warning', `Could not copy the ${what.toLowerCase()}`, errorMessage(e))
  }
}
