// The English texts as the build splits them (vite.config.ts, scripts/messageAreas.ts), precompiled for
// vue-i18n's runtime: `main` for main.js, `lazy` for the lazily loaded view that imports it.
declare module 'longvideo-messages:main' {
  const messages: Record<string, unknown>
  export default messages
}
declare module 'longvideo-messages:lazy' {
  const messages: Record<string, unknown>
  export default messages
}
