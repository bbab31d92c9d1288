/**
 * OSM PBF writer (tests and benchmarks only)
 * ==========================================
 * Writes points and ways as an OpenStreetMap PBF file, so the reader can be tested on files made from
 * the hand-written XML fixtures and on seeded extracts: dense or plain nodes, zlib or raw blocks, a
 * chosen number of elements per block, and extra required features. Ids must be integers.
 */
import { PbfWriter } from 'pbf'
import { zlibSync } from 'fflate'
import type { RawNetwork } from '../core/index.ts'

export interface PbfWriteOptions {
  /** Dense nodes (the usual form) or one message per node. Default dense. */
  readonly dense?: boolean
  /** zlib-compressed blocks (the usual form) or raw ones. Default compressed. */
  readonly compress?: boolean
  /** Most nodes or ways per block. Default 8000 (as osmium writes). */
  readonly perBlock?: number
  /** Required features written in the header besides OsmSchema-V0.6 and DenseNodes. */
  readonly requiredFeatures?: readonly string[]
  /** Ways written before nodes (the format allows any order). */
  readonly waysFirst?: boolean
  /** Relations, written in a block of their own after the ways (a reader of roads skips them). */
  readonly relations?: readonly TestRelation[]
}

/** A relation and its members (a member may be the relation itself, or one that refers back). */
export interface TestRelation {
  readonly id: number
  readonly tags: Readonly<Record<string, string>>
  readonly members: ReadonlyArray<{
    readonly type: 'node' | 'way' | 'relation'
    readonly ref: number
    readonly role: string
  }>
}

const MEMBER_TYPES = { node: 0, way: 1, relation: 2 } as const

function relationsBlock(relations: readonly TestRelation[]): Uint8Array {
  const strings = new StringTable()
  return primitiveBlock(strings, (group) => {
    for (const r of relations)
      group.writeMessage(
        4,
        (_: null, w) => {
          w.writeVarintField(1, r.id)
          w.writePackedVarint(
            2,
            Object.keys(r.tags).map((k) => strings.of(k)),
          )
          w.writePackedVarint(
            3,
            Object.values(r.tags).map((v) => strings.of(v)),
          )
          w.writePackedVarint(
            8,
            r.members.map((m) => strings.of(m.role)),
          )
          let ref = 0
          w.writePackedSVarint(
            9,
            r.members.map((m) => {
              const d = m.ref - ref
              ref = m.ref
              return d
            }),
          )
          w.writePackedVarint(
            10,
            r.members.map((m) => MEMBER_TYPES[m.type]),
          )
        },
        null,
      )
  })
}

/** Coordinates are written in units of 100 nanodegrees (granularity 100, no offset). */
const toUnits = (degrees: number) => Math.round(degrees * 1e7)

class StringTable {
  readonly list: string[] = ['']
  private readonly index = new Map<string, number>([['', 0]])
  of(s: string): number {
    let i = this.index.get(s)
    if (i === undefined) this.index.set(s, (i = this.list.push(s) - 1))
    return i
  }
}

function block(type: 'OSMHeader' | 'OSMData', body: Uint8Array, compress: boolean): Uint8Array {
  const blob = new PbfWriter()
  if (compress) {
    blob.writeVarintField(2, body.length)
    blob.writeBytesField(3, zlibSync(body))
  } else blob.writeBytesField(1, body)
  const blobBytes = blob.finish()
  const header = new PbfWriter()
  header.writeStringField(1, type)
  header.writeVarintField(3, blobBytes.length)
  const headerBytes = header.finish()
  const out = new Uint8Array(4 + headerBytes.length + blobBytes.length)
  new DataView(out.buffer).setUint32(0, headerBytes.length)
  out.set(headerBytes, 4)
  out.set(blobBytes, 4 + headerBytes.length)
  return out
}

function primitiveBlock(strings: StringTable, writeGroup: (pbf: PbfWriter) => void): Uint8Array {
  const group = new PbfWriter()
  writeGroup(group)
  const groupBytes = group.finish()
  const pbf = new PbfWriter()
  // Strings as UTF-8 bytes from TextEncoder: pbf 5.1's own encoder ORs 0x10000 into a surrogate pair
  // instead of adding it, so it writes U+20000 as U+10000 (its reader is right).
  const utf8 = new TextEncoder()
  pbf.writeMessage(1, (table: string[], w) => table.forEach((s) => w.writeBytesField(1, utf8.encode(s))), strings.list)
  pbf.writeBytesField(2, groupBytes)
  pbf.writeVarintField(17, 100)
  return pbf.finish()
}

type Point = [id: number, lat: number, lon: number, tags: Readonly<Record<string, string>>]

function nodesBlock(points: readonly Point[], dense: boolean): Uint8Array {
  const strings = new StringTable()
  return primitiveBlock(strings, (group) => {
    if (!dense) {
      for (const [id, lat, lon, tags] of points)
        group.writeMessage(
          1,
          (_: null, w) => {
            w.writeSVarintField(1, id)
            w.writePackedVarint(
              2,
              Object.keys(tags).map((k) => strings.of(k)),
            )
            w.writePackedVarint(
              3,
              Object.values(tags).map((v) => strings.of(v)),
            )
            w.writeSVarintField(8, toUnits(lat))
            w.writeSVarintField(9, toUnits(lon))
          },
          null,
        )
      return
    }
    const ids: number[] = [],
      lats: number[] = [],
      lons: number[] = [],
      keysValues: number[] = []
    let id = 0,
      lat = 0,
      lon = 0
    for (const [pid, plat, plon, tags] of points) {
      ids.push(pid - id)
      lats.push(toUnits(plat) - lat)
      lons.push(toUnits(plon) - lon)
      ;[id, lat, lon] = [pid, toUnits(plat), toUnits(plon)]
      for (const [k, v] of Object.entries(tags)) keysValues.push(strings.of(k), strings.of(v))
      keysValues.push(0)
    }
    group.writeMessage(
      2,
      (_: null, w) => {
        w.writePackedSVarint(1, ids)
        w.writePackedSVarint(8, lats)
        w.writePackedSVarint(9, lons)
        if (keysValues.some((x) => x !== 0)) w.writePackedVarint(10, keysValues)
      },
      null,
    )
  })
}

function waysBlock(ways: RawNetwork['ways']): Uint8Array {
  const strings = new StringTable()
  return primitiveBlock(strings, (group) => {
    for (const way of ways)
      group.writeMessage(
        3,
        (_: null, w) => {
          w.writeVarintField(1, Number(way.id))
          w.writePackedVarint(
            2,
            Object.keys(way.tags).map((k) => strings.of(k)),
          )
          w.writePackedVarint(
            3,
            Object.values(way.tags).map((v) => strings.of(v)),
          )
          let ref = 0
          w.writePackedSVarint(
            8,
            way.points.map((p) => {
              const d = Number(p) - ref
              ref = Number(p)
              return d
            }),
          )
        },
        null,
      )
  })
}

/** The PBF file of a network read from XML (`readOsmXml`) or built by a test. */
export function writeOsmPbf(network: Pick<RawNetwork, 'points' | 'ways'>, options: PbfWriteOptions = {}): Uint8Array {
  const {
    dense = true,
    compress = true,
    perBlock = 8000,
    requiredFeatures = [],
    waysFirst = false,
    relations = [],
  } = options
  const header = new PbfWriter()
  for (const f of ['OsmSchema-V0.6', 'DenseNodes', ...requiredFeatures]) header.writeStringField(4, f)
  header.writeStringField(16, 'heritage-routes tests')
  const headerBlock = block('OSMHeader', header.finish(), compress)
  const points: Point[] = [...network.points].map(([id, p]) => [Number(id), p.lat, p.lon, p.tags ?? {}])
  const nodeBlocks: Uint8Array[] = [],
    wayBlocks: Uint8Array[] = []
  for (let i = 0; i < points.length; i += perBlock)
    nodeBlocks.push(block('OSMData', nodesBlock(points.slice(i, i + perBlock), dense), compress))
  for (let i = 0; i < network.ways.length; i += perBlock)
    wayBlocks.push(block('OSMData', waysBlock(network.ways.slice(i, i + perBlock)), compress))
  const data = waysFirst ? [...wayBlocks, ...nodeBlocks] : [...nodeBlocks, ...wayBlocks]
  const all = [
    headerBlock,
    ...data,
    ...(relations.length > 0 ? [block('OSMData', relationsBlock(relations), compress)] : []),
  ]
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0))
  let at = 0
  for (const b of all) {
    out.set(b, at)
    at += b.length
  }
  return out
}
