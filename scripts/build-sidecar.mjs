// Bundles the sidecar into dist/sidecar.mjs, runnable with plain `node`.
// Native modules stay external: better-sqlite3 is installed by npm (install.py) next to it.
import { build } from 'esbuild'

await build({
  entryPoints: ['sidecar/main.ts'],
  outfile: 'dist/sidecar.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'bufferutil', 'utf-8-validate'],
  // Bundled CommonJS dependencies (ws) use require() and __dirname, which ESM lacks.
  banner: {
    js: [
      "import { createRequire as __lvCreateRequire } from 'node:module';",
      "import { fileURLToPath as __lvFileURLToPath } from 'node:url';",
      "import { dirname as __lvDirname } from 'node:path';",
      'const require = __lvCreateRequire(import.meta.url);',
      'const __filename = __lvFileURLToPath(import.meta.url);',
      'const __dirname = __lvDirname(__filename);',
    ].join(''),
  },
  legalComments: 'none',
  minify: false,
  logLevel: 'warning',
})
console.log('built dist/sidecar.mjs')
