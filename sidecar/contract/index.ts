// The sidecar's contract: zod schemas for every body, query and answer, the records the engine and
// the store share, domain errors and shared rules. A leaf: it imports nothing of ours but its own files.
// JSON field names are snake_case.
export * from './common'
export * from './parameters'
export * from './segments'
export * from './takes'
export * from './frames'
export * from './finalize'
export * from './jobs'
export * from './queue'
export * from './setup'
export * from './events'
export * from './library'
export * from './templates'
export * from './seams'
export * from './timeline'
export * from './errors'
export * from './records'
