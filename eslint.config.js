import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueI18n from '@intlify/eslint-plugin-vue-i18n'

// The contract is shipped to the browser: classic zod would put the whole library (16 KB gzipped more) in the panel.
const classicZod = [{ name: 'zod', message: "the contract and the panel use 'zod/mini' (bundle size): write checks as z.string().check(z.minLength(1))" }]

export default tseslint.config(
  { ignores: ['web/**', 'dist/**', 'node_modules/**', 'test-output/**', 'bench/out/**', '.stryker-tmp/**', 'reports/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  // Every text a person reads in the panel comes from locales/<code>/main.json through t(): a word typed
  // into a template (text, a literal in {{ }}, or a title/label/placeholder/alt attribute) is an error.
  {
    files: ['extension/**/*.vue'],
    plugins: { '@intlify/vue-i18n': vueI18n },
    rules: {
      '@intlify/vue-i18n/no-raw-text': [
        'error',
        {
          attributes: { '/.+/': ['title', 'aria-label', 'placeholder', 'alt', 'label'] },
          // Text without a letter (numbers, ×, ·, →) and symbols that read the same in every language.
          ignorePattern: '^[^\\p{L}]*$',
          ignoreText: ['SVI 2.0 Pro', 'ΔE', 'CFG', 'CRF', 'x264', '5B', '14B', 'x', 'https://…/image.png', 'https://… or /api/view?…', '/home/me/Pictures/start-images', '/home/me/ComfyUI/models'],
        },
      ],
    },
  },
  // The sidecar's declared "never" rules, checked on every lint rather than by review.
  ...neverImport(['sidecar/contract/**/*.ts'], ['../*'], 'the contract is a leaf: it imports only its own files', classicZod),
  ...neverImport(['extension/**/*.ts', 'extension/**/*.vue'], [], '', classicZod),
  // What main.js loads itself (the sidebar) must not pull in the lazily loaded views: the timeline and
  // PrimeVue load from extension/lazy/ (PrimeVue's install: setupTimelineApp in lazy/timeline.ts).
  ...neverImport(
    ['extension/*.ts', 'extension/components/PanelRoot.vue'],
    ['primevue', 'primevue/*', '@primeuix/*', './components/timeline/*', './lazy/*', '../lazy/*', './gallery/*', './library/*', './newjob/*', './settings/*', './templates/*', './timeline/*'],
    'a lazily loaded view: import() it through extension/lazy/ (PrimeVue: install it in setupTimelineApp, lazy/timeline.ts), or it lands in the sidebar\'s initial load',
    classicZod
  ),
  ...neverImport(['sidecar/engine/**/*.ts'], ['hono', 'hono/*', '@hono/*', '../api/*'], 'the engine knows no HTTP routes'),
  ...neverImport(['sidecar/db/**/*.ts'], ['../engine/*', '../api/*'], 'storage knows no rules'),
  ...neverImport(['sidecar/video/**/*.ts'], ['../db/*', '../engine/*', '../api/*', 'better-sqlite3'], 'ffmpeg work is file in, file out'),
  {
    files: ['sidecar/workflows/**/*.ts'],
    ignores: ['**/*.test.ts', 'sidecar/workflows/loadTemplates.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['fs', 'fs/*', 'node:fs', 'node:fs/*', 'child_process', 'node:child_process', 'node:net', 'node:http', 'node:https', '../db/*', '../comfy/*'], message: 'binding a template is pure: no I/O' }] }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'binding a template is pure: no I/O' }],
    },
  }
)

/** Production files matching `files` may not import `patterns` (nor the exact modules in `paths`); tests may (they build worlds). */
function neverImport(files, patterns, message, paths = []) {
  const options = { paths, patterns: patterns.length > 0 ? [{ group: patterns, message }] : [] }
  return [{ files, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', options] } }]
}
