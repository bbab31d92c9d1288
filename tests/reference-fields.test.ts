// Fields that name another record are found in the schemas, and every one of them is checked: a
// field of the embedded data set to an id no record has is reported at its path with its code.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { parseDataset } from '../src/core/index.ts'
import { sourceSchema } from '../src/core/model/source.ts'
import { placeSchema } from '../src/core/model/place-schema.ts'
import { linkSchema } from '../src/core/model/link-schema.ts'
import { projectSchema } from '../src/core/model/project.ts'
import { type RecordList } from '../src/core/model/ids.ts'
import { idSchema } from '../src/core/model/id-schemas.ts'
import {
  EACH,
  findFields,
  pathText,
  referenceFields,
  schemaDef,
  visitPath,
  type PathStep,
} from '../src/core/dataset/reference-fields.ts'

const RECORD_SCHEMAS: Record<RecordList, z.ZodType> = {
  sources: sourceSchema,
  places: placeSchema,
  links: linkSchema,
  projects: projectSchema,
}
const CODES: Record<RecordList, string> = {
  sources: 'E_UNKNOWN_SOURCE',
  places: 'E_UNKNOWN_PLACE',
  links: 'E_UNKNOWN_LINK',
  projects: 'E_UNKNOWN_PROJECT',
}
const text = (path: readonly PathStep[]) => path.map((s) => (s === EACH ? '*' : s)).join('.')
const embedded = readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')

describe('reference fields', () => {
  it('are read from the schemas, at any depth', () => {
    const links = referenceFields(linkSchema).map((f) => `${text(f.path)}>${f.list}`)
    expect(links).toEqual(expect.arrayContaining(['from>places', 'to>places', 'project>projects', 'sources.*>sources']))
    const projects = referenceFields(projectSchema).map((f) => `${text(f.path)}>${f.list}`)
    expect(projects).toEqual(expect.arrayContaining(['upgrades.*.link>links', 'replaces.*>links']))
    // Sources cited inside nested records and keyed provenance notes.
    const places = referenceFields(placeSchema).map((f) => `${text(f.path)}>${f.list}`)
    expect(places).toEqual(expect.arrayContaining(['referencePositions.*.sources.*>sources']))
    expect(places.some((p) => p.startsWith('provenance.*.') && p.endsWith('>sources'))).toBe(true)
    expect(places.some((p) => p.startsWith('festivals.*.') && p.endsWith('>sources'))).toBe(true)
    // A record's own id is not a reference to itself.
    for (const schema of Object.values(RECORD_SCHEMAS))
      expect(referenceFields(schema).map((f) => text(f.path))).not.toContain('id')
  })

  it('leave no id field unchecked: every id-shaped field is the own id, a commitment, or a reference', () => {
    for (const [list, schema] of Object.entries(RECORD_SCHEMAS)) {
      const idFields = findFields(schema, (field) => {
        const def = schemaDef(field)
        return def.type === 'pipe' && def.in === idSchema ? field : undefined
      })
      const references = new Set(referenceFields(schema).map((f) => text(f.path)))
      const unchecked = idFields
        .map((f) => text(f.path))
        .filter((path) => path !== 'id' && path !== 'commitments.*' && !references.has(path))
      expect(unchecked, `${list}: id fields that are not references`).toEqual([])
    }
  })

  it('are each reported when they name no record, at their path, with their code', () => {
    const doc = JSON.parse(embedded) as Record<RecordList, Record<string, unknown>[]>
    const checked: string[] = []
    for (const [list, schema] of Object.entries(RECORD_SCHEMAS) as [RecordList, z.ZodType][]) {
      for (const field of referenceFields(schema)) {
        // The first record of the embedded data that fills this field.
        const index = doc[list].findIndex((record) => {
          let found = false
          visitPath(record, field.path, () => (found = true))
          return found
        })
        if (index < 0) continue
        const copy = JSON.parse(embedded) as typeof doc
        let at = ''
        visitPath(copy[list][index], field.path, (_value, trail) => {
          if (at === '') at = pathText(`${list}[${index}]`, trail)
        })
        setAt(copy[list][index]!, at.slice(`${list}[${index}]`.length), 'no-such-record')
        const result = parseDataset(copy)
        expect(result.ok, `${at} set to an unknown id`).toBe(false)
        if (result.ok) continue
        expect(
          result.errors.map((e) => `${e.code} ${e.path}`),
          `${at} set to an unknown id`,
        ).toContain(`${CODES[field.list]} ${at}`)
        checked.push(`${list}.${text(field.path)}`)
      }
    }
    // The embedded data fills the main reference fields, so they are all exercised here.
    expect(checked).toEqual(
      expect.arrayContaining([
        'links.from',
        'links.to',
        'links.project',
        'links.sources.*',
        'projects.upgrades.*.link',
        'projects.replaces.*',
        'places.sources.*',
      ]),
    )
  })
})

/** Sets the value at a path written as `.a[2].b`. */
function setAt(record: Record<string, unknown>, path: string, value: unknown): void {
  const steps = [...path.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!))
  let target: Record<string | number, unknown> = record
  for (const step of steps.slice(0, -1)) target = target[step] as Record<string | number, unknown>
  target[steps.at(-1)!] = value
}
