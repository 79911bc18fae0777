// Builds the panel into web/: main.js, the ES module ComfyUI imports as an extension, and web/chunks/*.mjs,
// the views main.js imports lazily. Everything (Vue, Pinia, PrimeVue, our CSS) is bundled: the host
// exposes none of them.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import type { Plugin } from 'vite'
import { compileMessages, localeCodes, panelMessages } from './scripts/localeMessages'
import { lazyKeys, mainKeys, pickKeys, staticClosure } from './scripts/messageAreas'

const root = path.dirname(fileURLToPath(import.meta.url))
const LOCALES = path.join(root, 'locales')
const EXTENSION = path.join(root, 'extension')
const MAIN_ENTRY = path.join(EXTENSION, 'main.ts')

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

let panelFiles: Set<string> | null = null
/** The source files main.js loads statically (the lazy views excluded), read once per build. */
function panelModules(): Set<string> {
  panelFiles ??= staticClosure(MAIN_ENTRY)
  return panelFiles
}

/**
 * The English texts, precompiled and split by where the code that shows them loads from
 * (scripts/messageAreas.ts): `longvideo-messages:main` for main.js, `longvideo-messages:lazy` for the
 * lazily loaded view (extension/lazy/*.ts) that imports it.
 */
function areaMessages(): Plugin {
  const prefix = 'longvideo-messages:'
  return {
    name: 'longvideo-area-messages',
    resolveId(source, importer) {
      if (source === `${prefix}main`) return `\0${prefix}main`
      if (source === `${prefix}lazy` && importer) return `\0${prefix}lazy:${importer}`
      return null
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null
      const en = panelMessages(LOCALES, 'en')
      const part = id.slice(prefix.length + 1)
      const keys = part === 'main' ? mainKeys(EXTENSION, en) : lazyKeys(part.slice('lazy:'.length), EXTENSION, en)
      const compiled = compileMessages(pickKeys(en, keys), `locales/en/main.json longVideo (${path.basename(part)})`)
      return { code: `export default ${JSON.stringify(compiled)}`, map: null }
    },
  }
}

/**
 * Moves each chunk's CSS into that chunk's JS: ComfyUI loads .js files under web/ but never a .css, and a
 * lazily loaded view's styles then arrive with it (the entry keeps the styles of what it imports itself).
 */
function inlineCss(): Plugin {
  return {
    name: 'longvideo-inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssOf = (fileName: string): string => {
        const asset = bundle[fileName]
        return asset?.type === 'asset' ? String(asset.source) : ''
      }
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        const css = [...(chunk.viteMetadata?.importedCss ?? [])].map(cssOf).join('\n')
        if (!css) continue
        // One <style> per chunk file (names can repeat across chunks; file names cannot).
        const id = chunk.isEntry ? 'longvideo-css' : `longvideo-css-${chunk.fileName.replace(/[^\w-]/g, '_')}`
        chunk.code = cssInjector(id, css) + chunk.code
      }
      for (const item of Object.values(bundle)) {
        if (item.type === 'asset' && item.fileName.endsWith('.css')) delete bundle[item.fileName]
      }
    },
  }
}

/** A statement that adds `css` to the page once, as <style id=...>: the first line of a chunk that has CSS. */
function cssInjector(id: string, css: string): string {
  return (
    `(()=>{if(typeof document==='undefined'||document.getElementById(${JSON.stringify(id)}))return;` +
    `const s=document.createElement('style');s.id=${JSON.stringify(id)};` +
    `s.textContent=${JSON.stringify(css)};document.head.appendChild(s)})();\n`
  )
}

export default defineConfig({
  plugins: [vue(), ...i18n(), areaMessages(), vueI18nTreeShaking(), lazyLocales(), inlineCss()],
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
    // Per chunk: a lazily loaded view's CSS travels in its chunk (inlineCss above).
    cssCodeSplit: true,
    lib: {
      entry: MAIN_ENTRY,
      formats: ['es'],
      fileName: () => 'main.js',
    },
    rolldownOptions: {
      output: {
        // Views not needed to open the sidebar (the timeline workspace, the gallery, settings, ...) are
        // imported lazily into chunks. ComfyUI imports EVERY `*.js` below an extension's web folder as an
        // extension (server.py's GET /extensions globs '**/*.js'), so chunks are .mjs: never imported by
        // the host, loaded by main.js with import('./chunks/...'), which resolves against main.js's own
        // URL (a ComfyUI behind a path prefix works). __init__.py registers the .mjs MIME type.
        codeSplitting: {
          // What main.js loads itself goes in one chunk beside it (else the bundler cuts it into a dozen
          // small chunks by which lazy views share each module): two requests to open the sidebar.
          // The entry module itself stays in main.js: its import.meta.url is the folder of web/locales/.
          groups: [{ name: 'panel', test: (id: string) => id !== MAIN_ENTRY && panelModules().has(id.split('?')[0] ?? id) }],
        },
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        // The bundle is final (ComfyUI loads it as is), so minify fully: Vite's ES-library default keeps
        // whitespace and annotations for a downstream bundler that never comes.
        minify: true,
        comments: false,
      },
    },
  },
  test: {
    projects: [
      {
        // sidecar tests that check the panel's rules against the sidecar's (seamsPanel.test) import the
        // panel's domain modules, which reach the English texts through the virtual message modules.
        plugins: [...i18n(), areaMessages()],
        test: {
          name: 'sidecar',
          environment: 'node',
          setupFiles: ['sidecar/testing/leakWarnings.ts'],
          include: ['sidecar/**/*.test.ts', 'demo/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [vue(), ...i18n(), areaMessages()],
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
