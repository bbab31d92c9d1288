// Builds the command line ahead of time, so `heritage-routes` starts without compiling TypeScript
// (tsx costs about three quarters of a run):
// 1. one CommonJS file with its dependencies, build/cli/main.cjs (as deep as src/cli/, so paths to
//    data/ resolve the same), whitespace and syntax minified (names kept for readable errors); zod's
//    error messages in forty languages are left out (we word every issue ourselves, from its code);
//    beside it build/cli/rows-worker.cjs, the threads that share a large matrix's rows;
// 2. the embedded dataset as validated (build/cli/network.validated.json, with the SHA-256 of the
//    file's bytes): a start uses it while data/network.json has those bytes, else validates the file;
// 3. V8's code cache of that file after one route (build/cli/main.cjs.v8cache), which
//    bin/heritage-routes.cjs hands to V8 so the code is not compiled again on every start. A cache
//    from another Node version is refused by V8 and the file is compiled as usual.
// Run by `npm run build`, on install (`prepare`) and before the tests; `npm run cli` runs the sources.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const outfile = 'build/cli/main.cjs'

/** zod ships every language's error messages through one index; keep English, the default it sets. */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: args.path.replace(/[\\/]index\.js$/, ''),
    }))
  },
}

rmSync('build/cli', { recursive: true, force: true })
await build({
  // The command line, and the worker threads that compute large matrices' rows beside it.
  entryPoints: { main: 'src/cli/main.ts', 'rows-worker': 'src/cli/rows-worker.ts' },
  outdir: 'build/cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  // The sources find data/ from their own address; in CommonJS that is the file's.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
})
// The embedded dataset, validated once here: a start reads this copy while the file has the same bytes.
execFileSync(process.execPath, ['bin/heritage-routes.cjs', 'validate'], {
  env: { ...process.env, HERITAGE_ROUTES_WRITE_VALIDATED_DATA: '1' },
  stdio: 'ignore',
})
execFileSync(process.execPath, ['bin/heritage-routes.cjs', 'route', '--from', 'hanoi', '--to', 'yen-tu'], {
  env: { ...process.env, HERITAGE_ROUTES_WRITE_CODE_CACHE: '1' },
  stdio: 'ignore',
})
console.log(`built ${outfile}, its code cache and the validated embedded dataset`)
