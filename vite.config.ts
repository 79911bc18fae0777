// Builds the panel into web/ as one ES module that ComfyUI imports as an extension.
// Everything (Vue, Pinia, PrimeVue, our CSS) is bundled: the host exposes none of them.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import type { Plugin } from 'vite'
import { compileMessages, localeCodes, panelMessages } from './scripts/localeMessages'

const root = path.dirname(fileURLToPath(import.meta.url))
const LOCALES = path.join(root, 'locales')

/**
 * vue-i18n without its message compiler (runtime-only build): messages arrive precompiled. The
 * bundled English is compiled by the plugin when main.json is imported.
 */
function i18n(): Plugin[] {
  const plugin = VueI18n({
    include: [path.join(LOCALES, '*/main.json')],
    runtimeOnly: true,
    compositionOnly: true,
    fullInstall: false,
    dropMessageCompiler: true,
    strictMessage: true,
  })
  return Array.isArray(plugin) ? plugin : [plugin]
}

/**
 * vue-i18n 11 reads `Vue[key]` with a computed key (to find a currentInstance export Vue 3.5 lacks), so
 * the bundler must keep all of Vue (+15 KB gzipped). The panel runs on Vue 3.5: ask getCurrentInstance.
 */
function vueI18nTreeShaking(): Plugin {
  const dynamic = /const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/
  return {
    name: 'longvideo-vue-i18n-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!/vue-i18n[\\/]dist[\\/]vue-i18n\.runtime\.mjs$/.test(id)) return null
      if (!dynamic.test(code)) this.error('vue-i18n changed: check whether it still defeats tree-shaking of Vue')
      return { code: code.replace(dynamic, 'return Vue.getCurrentInstance();'), map: null }
    },
  }
}

/**
 * Writes every language but English as web/locales/<code>.json, compiled: the panel fetches the one the
 * user chose. JSON, not JS chunks, because ComfyUI imports every .js file under web/ as an extension.
 */
function lazyLocales(): Plugin {
  return {
    name: 'longvideo-lazy-locales',
    apply: 'build',
    generateBundle() {
      for (const code of localeCodes(LOCALES)) {
        if (code === 'en') continue
        this.emitFile({
          type: 'asset',
          fileName: `locales/${code}.json`,
          source: JSON.stringify(compileMessages(panelMessages(LOCALES, code), `locales/${code}/main.json longVideo`)),
        })
      }
    },
  }
}

/** Moves the emitted CSS into the JS entry: ComfyUI loads every .js under web/ but never a .css. */
function inlineCss(): Plugin {
  return {
    name: 'longvideo-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssAssets = Object.values(bundle).filter(
        (item) => item.type === 'asset' && item.fileName.endsWith('.css')
      )
      const css = cssAssets
        .map((asset) => (asset.type === 'asset' ? String(asset.source) : ''))
        .join('\n')
      for (const asset of cssAssets) delete bundle[asset.fileName]
      if (!css) return
      const inject =
        `(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;` +
        `const s=document.createElement('style');s.id='longvideo-css';` +
        `s.textContent=${JSON.stringify(css)};document.head.appendChild(s)})();\n`
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = inject + chunk.code
      }
    },
  }
}

export default defineConfig({
  plugins: [vue(), ...i18n(), vueI18nTreeShaking(), lazyLocales(), inlineCss()],
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    // PrimeVue's components are written with the Options API.
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    // vue-i18n's feature flags (its plugin sets only some): no legacy API, components or devtools.
    __VUE_I18N_FULL_INSTALL__: 'false',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  build: {
    outDir: 'web',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    cssCodeSplit: false,
    lib: {
      entry: 'extension/main.ts',
      formats: ['es'],
      fileName: () => 'main.js',
    },
    rolldownOptions: {
      // The bundle is final (ComfyUI loads it as is), so minify fully: Vite's ES-library default keeps
      // whitespace and annotations for a downstream bundler that never comes.
      output: { codeSplitting: false, minify: true, comments: false },
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'sidecar',
          environment: 'node',
          include: ['sidecar/**/*.test.ts', 'demo/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [vue(), ...i18n()],
        test: {
          name: 'panel',
          environment: 'happy-dom',
          setupFiles: ['extension/testing/setupI18n.ts'],
          include: ['extension/**/*.test.ts'],
          // main.test.ts imports the whole panel; on a loaded 2-core machine that alone can pass 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['browser_tests/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
