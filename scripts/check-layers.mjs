// Layer check: fails when the pure core imports React, the DOM, Node built-ins, or the UI/CLI layers,
// or when anything outside the core reaches into it other than through src/core/index.ts, or when one
// UI feature imports another (shared pieces live in src/ui/components/), or when an id is cast at a look-up.
// Browser and Node globals are caught by the type-check: tsconfig.core.json has no DOM library and no Node types.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve, dirname } from 'node:path'

const root = resolve(dirname(new URL(import.meta.url).pathname), '..')
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm
const CORE_BANNED = [
  /^react($|\/|-)/,
  /^react-dom/,
  /^react-router/,
  /^maplibre-gl/,
  /^node:/,
  /^(fs|path|os|url|child_process|process)$/,
]

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|tsx|mjs)$/.test(name) ? [full] : []
  })
}

const problems = []
for (const file of walk(join(root, 'src'))) {
  const rel = relative(root, file)
  const text = readFileSync(file, 'utf8')
  const inCore = rel.startsWith('src/core/')
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3]
    if (inCore) {
      if (CORE_BANNED.some((re) => re.test(spec))) problems.push(`${rel}: the core may not import "${spec}"`)
      // Tests beside core code may read fixtures and data files; the code itself may not.
      if (
        spec.startsWith('.') &&
        !rel.includes('.test.') &&
        !resolve(dirname(file), spec).startsWith(join(root, 'src/core'))
      ) {
        problems.push(`${rel}: the core may not import "${spec}" from outside src/core`)
      }
    } else if (spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), spec))
      if (target.startsWith('src/core/') && target !== 'src/core/index.ts' && !rel.endsWith('.test.ts')) {
        problems.push(`${rel}: import the core through src/core/index.ts, not "${spec}"`)
      }
      if (rel.startsWith('src/ui/') && target.startsWith('src/cli/'))
        problems.push(`${rel}: the UI may not import the CLI`)
      if (rel.startsWith('src/cli/') && target.startsWith('src/ui/'))
        problems.push(`${rel}: the CLI may not import the UI`)
      // A feature is a page or a group of pages; what two features share lives in src/ui/components/.
      const feature = (p) => /^src\/ui\/features\/([^/]+)\//.exec(p)?.[1]
      if (feature(rel) && feature(target) && feature(rel) !== feature(target))
        problems.push(
          `${rel}: a feature may not import another feature ("${spec}"); move what they share to src/ui/components/`,
        )
    }
  }
}
// Text from a dataset must never become markup: no HTML-string APIs anywhere in the app.
const HTML_SINKS = /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|setHTML)\b/
for (const file of walk(join(root, 'src'))) {
  const rel = relative(root, file)
  if (rel.endsWith('.test.ts') || rel.endsWith('.test.tsx')) continue
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (HTML_SINKS.test(line)) problems.push(`${rel}:${i + 1}: HTML-string API; build DOM nodes or use textContent`)
    })
}

// Spreading an array into a call puts every item on the stack: with data-sized arrays (a 300k-row
// table, 130k issues) that overflows it. Loop instead; this pattern is refused everywhere in src.
const DATA_SPREAD = /\.(push|unshift)\(\.\.\.|Math\.(max|min)\(\.\.\.|String\.fromCharCode\(\.\.\./
for (const file of walk(join(root, 'src'))) {
  const rel = relative(root, file)
  if (rel.endsWith('.test.ts') || rel.endsWith('.test.tsx')) continue
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (DATA_SPREAD.test(line)) problems.push(`${rel}:${i + 1}: spread of an array into a call; loop over it instead`)
    })
}

// A record is found by an id held as text through the core's look-ups (`placeOf`, `placeName`, …, in
// src/core/dataset/lookup.ts), never by casting the text to an id at a map.
const CAST_LOOKUP = /ById\.(get|has)\([^()]*\bas (never|PlaceId|LinkId|ProjectId|SourceId)\)/
for (const file of walk(join(root, 'src'))) {
  const rel = relative(root, file)
  if (rel.endsWith('.test.ts') || rel.endsWith('.test.tsx') || rel === 'src/core/dataset/lookup.ts') continue
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (CAST_LOOKUP.test(line))
        problems.push(`${rel}:${i + 1}: an id cast at a look-up; use placeOf/linkOf/projectOf/sourceOf or a …Name`)
    })
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  console.error(`layer check: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log('layer check: ok')
