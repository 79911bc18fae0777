// The time stamp of an engine event: ISO 8601 in UTC, as stored in SQLite and sent to the panel.
export function now(): string {
  return new Date().toISOString()
}
