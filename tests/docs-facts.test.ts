// Docs that cannot drift: the counts the README gives for the embedded data, the command table, and
// the feature folders ARCHITECTURE.md lists are checked against the data and the code.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../src/core/index.ts'
import { COMMANDS } from '../src/cli/cli.ts'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const readme = read('README.md')
const architecture = read('ARCHITECTURE.md')
const parsed = parseDataset(read('data/network.json'))

describe('README and ARCHITECTURE say what is true', () => {
  it('the counts of the embedded data', () => {
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const d = parsed.dataset
    const m =
      /holds (\d+) places \((\d+) heritage sites, all (\d+) UNESCO components\), (\d+) links and the (\d+) projects[\s\S]*?with (\d+) sources \((\d+) of them with an address/.exec(
        readme,
      )
    expect(m, 'the sentence with the counts is in the README').not.toBeNull()
    const sites = d.places.filter((p) => p.kind === 'heritage-site')
    expect(m!.slice(1).map(Number)).toEqual([
      d.places.length,
      sites.length,
      sites.filter((p) => p.heritage?.unescoComponent).length,
      d.links.length,
      d.projects.length,
      d.sources.length,
      d.sources.filter((s) => s.url).length,
    ])
  })

  it('every command of the CLI is in the README, and no other', () => {
    const documented = [...readme.matchAll(/^\| `([a-z]+)[ `]/gm)].map((x) => x[1]).filter((c) => c !== 'npm')
    expect([...new Set(documented)].sort()).toEqual(Object.keys(COMMANDS).sort())
  })

  it('the feature folders ARCHITECTURE lists are the folders there are', () => {
    const line = /\| `src\/ui\/features\/<name>\/` \| one folder per page or group of pages: ([a-z, ]+)\./.exec(
      architecture,
    )
    expect(line, 'the features row is in ARCHITECTURE.md').not.toBeNull()
    const listed = line![1]!.split(',').map((s) => s.trim())
    const actual = readdirSync(new URL('../src/ui/features/', import.meta.url))
    expect(listed.sort()).toEqual(actual.sort())
  })
})
