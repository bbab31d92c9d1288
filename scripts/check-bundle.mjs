// Bundle budgets, measured on dist/ after `vite build` (gzipped, as served):
// - first load: the entry chunk and what index.html preloads (every page pays it);
// - a map page: the first load, plus the map chunk and every chunk it imports statically (MapLibre),
//   plus both workers (the core's and MapLibre's), which a map page starts at once.
// Each budget is the measured size today with a little room, so growth is a decision, not an accident.
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const FIRST_LOAD_BUDGET_KB = 185
// 730 → 735 (issue 14): the worker draws imported networks (route lines, the network's overview, the
// tile answers: ~1 KB; the tiler itself loads with the first tile, in a chunk of its own).
// 735 → 737 (issue 14): the worker's validation of a province shares one id index (a hash table of our
// own, with its fallback) and tests ranges and patterns directly: the worker 124.2 → 124.9 KB, for a
// 300k-place file validated in 3.1 s instead of 9.4 s.
// 737 → 739 (issue 14): the worker's searches use a bucket queue and number places along a curve
// (+0.6 KB: a full search at 300k places 91 → 42 ms) and it makes the overlay of the embedded sites
// and the nine projects for the import page (+0.5 KB): the worker 124.9 → 126.6 KB.
const MAP_PAGE_BUDGET_KB = 739

const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
const gz = new Map(assets.map((f) => [f, gzipSync(readFileSync(`dist/assets/${f}`)).length / 1024]))
const html = readFileSync('dist/index.html', 'utf8')
const entry = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
if (entry.length === 0) {
  console.error('bundle check: no entry script found in dist/index.html')
  process.exit(1)
}

/** A chunk and every chunk it imports statically (`from"./x.js"`, `import"./x.js"`). */
function withStaticImports(files) {
  const seen = new Set()
  const visit = (f) => {
    if (seen.has(f) || !gz.has(f)) return
    seen.add(f)
    const code = readFileSync(`dist/assets/${f}`, 'utf8')
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.m?js)["']/g)) visit(m[1])
  }
  files.forEach(visit)
  return seen
}
const sum = (files) => [...files].reduce((s, f) => s + (gz.get(f) ?? 0), 0)
const byPrefix = (prefix) => assets.filter((f) => f.startsWith(prefix))

const firstLoad = withStaticImports([...entry, ...preloads])
const mapChunks = withStaticImports(byPrefix('network-map-'))
const workers = [...byPrefix('core.worker-'), ...byPrefix('maplibre-gl-worker-')]
const mapPage = new Set([...firstLoad, ...mapChunks, ...workers])
const list = (files) => [...files].map((f) => `${f} ${gz.get(f).toFixed(1)} KB`).join(', ')

console.log(
  `first load: ${list(firstLoad)} = ${sum(firstLoad).toFixed(1)} KB gzipped (budget ${FIRST_LOAD_BUDGET_KB} KB)`,
)
console.log(
  `a map page adds: ${list([...mapPage].filter((f) => !firstLoad.has(f)))}; in all ${sum(mapPage).toFixed(1)} KB gzipped (budget ${MAP_PAGE_BUDGET_KB} KB)`,
)
let failed = false
if (workers.length < 2) {
  console.error('bundle check: the core worker or the MapLibre worker was not found in dist/assets')
  failed = true
}
if (sum(firstLoad) > FIRST_LOAD_BUDGET_KB) {
  console.error(`bundle check: first load is ${sum(firstLoad).toFixed(1)} KB gzipped, over ${FIRST_LOAD_BUDGET_KB} KB`)
  failed = true
}
if (sum(mapPage) > MAP_PAGE_BUDGET_KB) {
  console.error(`bundle check: a map page loads ${sum(mapPage).toFixed(1)} KB gzipped, over ${MAP_PAGE_BUDGET_KB} KB`)
  failed = true
}
if (failed) process.exit(1)
