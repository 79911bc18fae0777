// Copying text for the user, with a toast saying it worked (or why not).
import { toast } from '../host'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'

export async function copyText(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
    toast('success', t('clipboard.copied', { what }))
  } catch (e) {
    // Clipboard access needs a secure context (https or localhost) and focus.
    toast('warning', t('clipboard.failed', { what }), errorMessage(e))
  }
}
