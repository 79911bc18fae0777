// What a caught failure says, for a toast or an inline error.
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
