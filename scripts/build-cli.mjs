// Builds the command line ahead of time: one ES module with its dependencies, so `heritage-routes`
// starts without compiling TypeScript (tsx costs about three quarters of a run). Written to
// build/cli/main.mjs, as deep as src/cli/ so paths to data/ resolve the same. Run by `npm run build`
// and on install (`prepare`); `npm run cli` keeps running the sources.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'build/cli/main.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  // CommonJS dependencies inside an ES module need `require`.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
})
console.log('built build/cli/main.mjs')
