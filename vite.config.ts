// Builds the panel into web/ as one ES module that ComfyUI imports as an extension.
// Everything (Vue, Pinia, PrimeVue, our CSS) is bundled: the host exposes none of them.
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

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
  plugins: [vue(), inlineCss()],
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    // PrimeVue's components are written with the Options API.
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
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
        plugins: [vue()],
        test: {
          name: 'panel',
          environment: 'happy-dom',
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
