// Compiles locale messages into vue-i18n's AST, which the panel's runtime-only vue-i18n runs without a
// message compiler (the build writes web/locales/<code>.json with it).
import { baseCompile } from '@intlify/message-compiler'

export type MessageTree = { [key: string]: string | MessageTree }

/** Every string of a message tree replaced by its compiled form; a message that does not compile throws. */
export function compileMessages(node: MessageTree, where = ''): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      const at = where ? `${where}.${key}` : key
      if (typeof value !== 'string') return [key, compileMessages(value, at)]
      const { ast } = baseCompile(value, {
        jit: true,
        location: false,
        minify: true,
        onError: (e) => {
          throw new Error(`${at}: ${e.message} in ${JSON.stringify(value)}`)
        },
      })
      return [key, ast]
    })
  )
}
