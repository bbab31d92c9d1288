// OpenStreetMap PBF: files written from the hand-made XML fixture and from seeded extracts (in every
// form the format allows: dense or plain nodes, zlib or raw blocks, small blocks, ways first) import
// to exactly the dataset the XML gives; random networks survive a write and a read; and a damaged
// file (cut at any byte, bytes flipped, an unknown compression or required feature) is refused with a
// message naming where, never with another kind of error.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { PbfWriter } from 'pbf'
import { describe, expect, it } from 'vitest'
import {
  CoreError,
  IMPORT_PROBLEMS,
  ImportRefusal,
  importNetwork,
  importFormatOf,
  looksLikeOsmPbf,
  parseDataset,
  readOsmPbf,
  readOsmXml,
  recordWording,
  type ImportProblem,
  type RawPoint,
  type RawWay,
} from '../src/core/index.ts'
import { writeOsmPbf } from '../src/test-support/osm-pbf-writer.ts'
import { syntheticOsm } from '../bench/synthetic-osm.ts'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/import/${name}`, import.meta.url))
const osmText = readFileSync(fixture('small.osm'), 'utf8')
const overlayText = readFileSync(fixture('overlay.json'), 'utf8')
const smallPbf = writeOsmPbf(readOsmXml(osmText))

/** What an import gives, without the parts that cannot be compared across runs. */
function importedDocument(format: 'osm' | 'pbf', data: string | Uint8Array) {
  const outcome = importNetwork({
    format,
    data,
    name: 'extract',
    overlay: { text: overlayText, name: 'overlay.json' },
  })
  return { document: outcome.document, report: outcome.report, snaps: outcome.snaps, ok: outcome.result.ok }
}

/** The refusal's English; every refusal is an `ImportRefusal` whose problem words it that way. */
const refusal = (read: () => unknown): string => problemOf(read).message

function problemOf(read: () => unknown): { message: string; problem: ImportProblem } {
  try {
    read()
  } catch (error) {
    expect(error).toBeInstanceOf(ImportRefusal)
    const { code, message, problem } = error as ImportRefusal
    expect(code).toBe('INVALID_IMPORT')
    expect(message).toBe((IMPORT_PROBLEMS[problem.key] as (v: unknown) => string)(problem.values))
    return { message, problem }
  }
  throw new Error('expected a refusal')
}

describe('OpenStreetMap PBF import', () => {
  it('imports the hand-made extract to exactly the dataset its XML gives, in every form of the format', () => {
    const fromXml = importedDocument('osm', osmText)
    expect(fromXml.ok).toBe(true)
    for (const options of [
      {},
      { dense: false },
      { compress: false },
      { perBlock: 3 },
      { waysFirst: true, dense: false, compress: false, perBlock: 2 },
    ]) {
      const pbf = writeOsmPbf(readOsmXml(osmText), options)
      expect(looksLikeOsmPbf(pbf)).toBe(true)
      expect(importedDocument('pbf', pbf), JSON.stringify(options)).toEqual(fromXml)
    }
  })

  it('skips relations, even ones that contain themselves or each other, in PBF and in XML alike', () => {
    const fromXml = importedDocument('osm', osmText)
    // r1 and r2 contain each other, r3 contains itself, r4 is a route over two ways and a node.
    const relations = [
      { id: 1, tags: { type: 'collection' }, members: [{ type: 'relation', ref: 2, role: '' }] },
      { id: 2, tags: { type: 'collection' }, members: [{ type: 'relation', ref: 1, role: '' }] },
      { id: 3, tags: { type: 'collection', name: 'Vòng' }, members: [{ type: 'relation', ref: 3, role: 'self' }] },
      {
        id: 4,
        tags: { type: 'route', route: 'road', ref: 'QL18' },
        members: [
          { type: 'way', ref: 10, role: '' },
          { type: 'way', ref: 11, role: '' },
          { type: 'node', ref: 1, role: 'stop' },
          { type: 'relation', ref: 1, role: '' },
        ],
      },
    ] as const
    const pbf = writeOsmPbf(readOsmXml(osmText), { relations })
    expect(importedDocument('pbf', pbf)).toEqual(fromXml)
    const member = (m: (typeof relations)[number]['members'][number]) =>
      `<member type="${m.type}" ref="${m.ref}" role="${m.role}"/>`
    const xmlRelations = relations
      .map(
        (r) =>
          `<relation id="${r.id}">${r.members.map(member).join('')}${Object.entries(r.tags)
            .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
            .join('')}</relation>`,
      )
      .join('\n')
    const withRelations = osmText.replace('</osm>', `${xmlRelations}\n</osm>`)
    expect(withRelations).not.toBe(osmText)
    expect(importedDocument('osm', withRelations)).toEqual(fromXml)
  })

  it('reads a seeded 5,000-node extract to the same points, ways and dataset as its XML', () => {
    const xml = syntheticOsm({ nodes: 5000, seed: 11 })
    const raw = readOsmXml(xml)
    const pbf = writeOsmPbf(raw, { perBlock: 1000 })
    const read = readOsmPbf(pbf)
    expect(read.points).toEqual(raw.points)
    expect(read.ways).toEqual(raw.ways)
    const a = importNetwork({ format: 'osm', data: xml, name: 'x' }),
      b = importNetwork({ format: 'pbf', data: pbf, name: 'x' })
    expect(b.document).toEqual(a.document)
    expect(b.result.ok).toBe(true)
    // The binary file is several times smaller than the XML.
    expect(pbf.length * 3).toBeLessThan(xml.length)
  })

  it('round trip: any points (with tags in any script) and ways are read back as written', () => {
    const coordinate = (max: number) => fc.integer({ min: -max * 1e7, max: max * 1e7 }).map((u) => u / 1e7)
    const tags = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme' }),
      fc.string({ maxLength: 12, unit: 'grapheme' }),
      { maxKeys: 3 },
    )
    const network = fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1, maxLength: 40 }).chain((ids) =>
      fc.record({
        points: fc.tuple(...ids.map((id) => fc.tuple(fc.constant(String(id)), coordinate(90), coordinate(180), tags))),
        ways: fc.array(
          fc.record({
            id: fc.integer({ min: 1, max: 2 ** 36 }).map(String),
            points: fc.array(fc.constantFrom(...ids.map(String)), { minLength: 2, maxLength: 6 }),
            tags,
          }),
          { maxLength: 10 },
        ),
      }),
    )
    fc.assert(
      fc.property(network, fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 20 }), (net, dense, compress, n) => {
        const points = new Map<string, RawPoint>(
          net.points.map(([id, lat, lon, t]) => [id, Object.keys(t).length > 0 ? { lat, lon, tags: t } : { lat, lon }]),
        )
        const ways: RawWay[] = net.ways
        const read = readOsmPbf(writeOsmPbf({ points, ways }, { dense, compress, perBlock: n }))
        expect(read.points).toEqual(points)
        expect(read.ways).toEqual(ways)
        expect(read.problems).toEqual([])
      }),
      { numRuns: 150 },
    )
  })

  it('names a way whose node is missing, as the XML reader does', () => {
    const outcome = importNetwork({ format: 'pbf', data: smallPbf, name: 'small.osm.pbf' })
    expect(outcome.report.problems.map(recordWording)).toContain('way 20: point 99 is not in the file: way left out')
  })

  it('refuses a file cut inside any block, naming the block, and never fails another way', () => {
    // Where each block starts: its 4-byte header length, the header, then the size the header states.
    const starts: number[] = []
    const view = new DataView(smallPbf.buffer, smallPbf.byteOffset)
    for (let at = 0; at < smallPbf.length;) {
      starts.push(at)
      const headerSize = view.getUint32(at)
      at += 4 + headerSize + readHeaderSize(smallPbf.subarray(at + 4, at + 4 + headerSize))
    }
    expect(starts.length).toBeGreaterThan(2)
    const full = readOsmPbf(smallPbf)
    for (let cut = 1; cut < smallPbf.length; cut++) {
      if (starts.includes(cut)) {
        // Cut exactly between two blocks: the format has no end mark, so this reads as a shorter
        // file (documented); what it lacks is the later blocks' points or ways.
        const read = readOsmPbf(smallPbf.subarray(0, cut))
        expect(read.points.size + read.ways.length).toBeLessThan(full.points.size + full.ways.length)
        continue
      }
      const message = refusal(() => readOsmPbf(smallPbf.subarray(0, cut)))
      const block = starts.filter((s) => s <= cut).at(-1) ?? 0
      if (cut >= 16) expect(message).toMatch(new RegExp(`block that starts at byte ${block}|block at byte ${block}`))
    }
    expect(refusal(() => readOsmPbf(new Uint8Array(0)))).toBe('the file is empty')
  })

  it('a damaged file (bytes flipped anywhere) is read or refused by block, never with another error', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(smallPbf.length - 1), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (flips) => {
          const damaged = smallPbf.slice()
          for (const [i, x] of flips) damaged[i]! ^= x
          try {
            readOsmPbf(damaged)
          } catch (error) {
            expect(error).toBeInstanceOf(CoreError)
            expect((error as CoreError).message).toMatch(/byte \d+|not an OpenStreetMap PBF|empty/)
          }
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses what it cannot read: XML, another compression, a history file, an unknown required feature', () => {
    expect(refusal(() => readOsmPbf(new TextEncoder().encode(osmText)))).toBe(
      'not an OpenStreetMap PBF file (it does not start with an OSMHeader block)',
    )
    expect(refusal(() => readOsmPbf(writeOsmPbf(readOsmXml(osmText), { requiredFeatures: ['Sort.Geographic'] })))).toBe(
      'the file needs Sort.Geographic (block at byte 0), which this reader does not support',
    )
    expect(
      refusal(() => readOsmPbf(writeOsmPbf(readOsmXml(osmText), { requiredFeatures: ['HistoricalInformation'] }))),
    ).toMatch(/HistoricalInformation .*use a current extract, not a history file/)
    // The header block again, its blob's data as lzma (field 4) instead of raw.
    const lzma = withSecondBlob(smallPbf, (w) => w.writeBytesField(4, new Uint8Array([1, 2, 3])))
    expect(problemOf(() => readOsmPbf(lzma)).problem).toEqual({
      key: 'pbf-compression',
      values: { byte: expect.any(Number), compression: 'lzma' },
    })
    expect(refusal(() => readOsmPbf(lzma))).toMatch(
      /^the block at byte \d+ is compressed with lzma; this reader reads raw and zlib blocks$/,
    )
  })

  it('is told by its name (.osm.pbf) and read from the command line to the same dataset as the XML', () => {
    expect(importFormatOf('hai-duong-latest.osm.pbf')).toBe('pbf')
    expect(importFormatOf('roads.osm')).toBe('osm')
    const dir = mkdtempSync(join(tmpdir(), 'pbf-'))
    const file = join(dir, 'small.osm.pbf')
    writeFileSync(file, smallPbf)
    const fromPbf = memoryIo('2026-11-29'),
      fromXml = memoryIo('2026-11-29')
    expect(runCli(['import', '--from', file, '--overlay', fixture('overlay.json')], fromPbf)).toBe(0)
    expect(runCli(['import', '--from', fixture('small.osm'), '--overlay', fixture('overlay.json')], fromXml)).toBe(0)
    const pbfDoc = JSON.parse(fromPbf.stdout.join('\n')) as { sources: Array<{ title: string }> }
    const xmlDoc = JSON.parse(fromXml.stdout.join('\n')) as { sources: Array<{ title: string }> }
    // Only the source's title (the file's name) differs.
    expect(pbfDoc.sources[0]!.title).toContain('small.osm.pbf')
    pbfDoc.sources[0]!.title = xmlDoc.sources[0]!.title
    expect(pbfDoc).toEqual(xmlDoc)
    expect(parseDataset(fromPbf.stdout.join('\n')).ok).toBe(true)
    expect(fromPbf.stderr.join('\n')).toContain('problem: way 20: point 99 is not in the file')
    const cut = join(dir, 'cut.osm.pbf')
    writeFileSync(cut, smallPbf.subarray(0, smallPbf.length - 5))
    const refused = memoryIo()
    expect(runCli(['import', '--from', cut], refused)).toBe(2)
    expect(refused.stderr.join('\n')).toMatch(
      new RegExp(`^--from ${cut}: the file ends inside the block that starts at byte \\d+: it was cut short$`),
    )
  })
})

/** The data size a block header states (its field 3). */
function readHeaderSize(header: Uint8Array): number {
  let i = 0
  while (i < header.length) {
    const key = header[i++]!
    if (key >> 3 === 3) {
      let value = 0,
        shift = 0
      for (;;) {
        const b = header[i++]!
        value += (b & 0x7f) * 2 ** shift
        if (b < 0x80) return value
        shift += 7
      }
    }
    // Field 1 (the type): a length-prefixed string.
    const length = header[i++]!
    i += length
  }
  throw new Error('no size in the block header')
}

/** The file with its second block's blob replaced by what `write` writes (the header block kept). */
function withSecondBlob(file: Uint8Array, write: (w: PbfWriter) => void): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset)
  const first = 4 + view.getUint32(0) + readHeaderSize(file.subarray(4, 4 + view.getUint32(0)))
  const blob = new PbfWriter()
  write(blob)
  const blobBytes = blob.finish()
  const header = new PbfWriter()
  header.writeStringField(1, 'OSMData')
  header.writeVarintField(3, blobBytes.length)
  const headerBytes = header.finish()
  const out = new Uint8Array(first + 4 + headerBytes.length + blobBytes.length)
  out.set(file.subarray(0, first))
  new DataView(out.buffer).setUint32(first, headerBytes.length)
  out.set(headerBytes, first + 4)
  out.set(blobBytes, first + 4 + headerBytes.length)
  return out
}
