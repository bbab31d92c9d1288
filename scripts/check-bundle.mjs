// Bundle budget: the JavaScript a first visit downloads (the entry chunk and what it imports
// statically, without the lazily loaded map and the workers) must stay under 250 KB gzipped.
import { readFileSync, readdirSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 250
const html = readFileSync('dist/index.html', 'utf8')
const entry = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1])
const files = [...new Set([...entry, ...preloads])]
if (files.length === 0) {
  console.error('bundle check: no entry script found in dist/index.html')
  process.exit(1)
}
const sizes = files.map((f) => [f, gzipSync(readFileSync(`dist/assets/${f}`)).length / 1024])
const total = sizes.reduce((s, [, kb]) => s + kb, 0)
const lazy = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
  .filter((f) => !files.includes(f))
console.log(
  `first load: ${sizes.map(([f, kb]) => `${f} ${kb.toFixed(1)} KB`).join(', ')} = ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB); loaded later: ${lazy.join(', ')}`,
)
if (total > BUDGET_KB) {
  console.error(`bundle check: first load is ${total.toFixed(1)} KB gzipped, over the ${BUDGET_KB} KB budget`)
  process.exit(1)
}
