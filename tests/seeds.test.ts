// The 2023 agreement digest and the dataset must agree: every project cites a commitment that exists,
// every commitment's projects and links exist, and the promised opening dates match.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '../src/core/index.ts'

interface Commitment {
  id: string
  projects: string[]
  links?: string[]
  promised?: { kind: string; date: string }
}
const seeds = JSON.parse(readFileSync(new URL('../seeds/agreement-2023.json', import.meta.url), 'utf8')) as {
  commitments: Commitment[]
}
const result = parseDataset(readFileSync(new URL('../data/network.json', import.meta.url), 'utf8'))

describe('agreement digest', () => {
  it('matches the dataset both ways', () => {
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const d = result.dataset
    const ids = new Set(seeds.commitments.map((c) => c.id))
    expect(ids.size).toBe(seeds.commitments.length)
    for (const p of d.projects) for (const c of p.commitments ?? []) expect(ids.has(c), `${p.id} cites ${c}`).toBe(true)
    for (const c of seeds.commitments) {
      for (const p of c.projects) {
        expect(d.projectById.get(p as never)?.commitments, `${c.id} → ${p}`).toContain(c.id)
      }
      for (const l of c.links ?? []) expect(d.linkById.has(l as never), `${c.id} → link ${l}`).toBe(true)
      if (c.promised?.kind === 'open') {
        for (const p of c.projects) expect(d.projectById.get(p as never)?.promised?.date).toBe(c.promised.date)
      }
    }
  })
})
