/**
 * OpenStreetMap PBF
 * =================
 * Reads the nodes and ways of an `.osm.pbf` file, the binary format extracts are published in
 * (https://wiki.openstreetmap.org/wiki/PBF_Format). The file is a sequence of blocks, each a 4-byte
 * big-endian length, a `BlobHeader` and a `Blob` (raw or zlib-compressed); the first is an `OSMHeader`,
 * the others `OSMData` blocks of nodes (plain or "dense", delta-coded), ways and relations, with their
 * strings in a table per block. Protocol buffers are read with `pbf` and zlib with `fflate`
 * (docs/decisions/0007-osm-pbf.md); the rest is the format's structure, read here.
 *
 * Relations are not needed for roads and are skipped, like blocks of unknown types (as the format
 * asks). A file cut short, a block that cannot be decompressed or decoded, a compression or a required
 * feature this reader does not know is refused with the byte where its block starts. A file cut exactly
 * between two blocks cannot be told from a shorter file: the format has no end mark.
 */
import { PbfReader } from 'pbf'
import { unzlibSync } from 'fflate'
import { CoreError } from '../errors.ts'
import { importRefusal, type RecordProblem } from './import-problems.ts'
import { addPoint, type RawNetwork, type RawPoint, type RawWay } from './raw-ways.ts'

/** Largest block header and block, in bytes (the format's own limits). */
const MAX_HEADER_BYTES = 64 * 1024
const MAX_BLOCK_BYTES = 32 * 1024 * 1024

/** Required features this reader understands; a file that needs another is refused. */
const KNOWN_FEATURES = new Set(['OsmSchema-V0.6', 'DenseNodes'])

/** Where a file's blocks begin: PBF files start with the 4-byte length of an `OSMHeader` block header. */
export function looksLikeOsmPbf(bytes: Uint8Array): boolean {
  if (bytes.length < 16) return false
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0)
  if (size === 0 || size > MAX_HEADER_BYTES || 4 + size > bytes.length) return false
  try {
    return readBlobHeader(bytes.subarray(4, 4 + size)).type === 'OSMHeader'
  } catch {
    return false
  }
}

const cutShort = (byte: number) => importRefusal('pbf-cut-short', { byte })
const damaged = (byte: number, detail: string) => importRefusal('pbf-damaged', { byte, detail })

/** Reads an OSM PBF file. Throws `INVALID_IMPORT` when it is not one, is cut short or cannot be read. */
export function readOsmPbf(bytes: Uint8Array): RawNetwork {
  if (bytes.length === 0) throw importRefusal('file-empty')
  const notPbf = () => importRefusal('pbf-not-pbf')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const points = new Map<string, RawPoint>()
  const ways: RawWay[] = []
  const problems: RecordProblem[] = []
  for (let at = 0; at < bytes.length;) {
    if (at + 4 > bytes.length) throw cutShort(at)
    const headerSize = view.getUint32(at)
    if (headerSize === 0 || headerSize > MAX_HEADER_BYTES) {
      if (at === 0) throw notPbf()
      throw damaged(at, `a header of ${headerSize} bytes`)
    }
    const headerEnd = at + 4 + headerSize
    if (headerEnd > bytes.length) throw cutShort(at)
    const header =
      at === 0
        ? firstHeader(bytes.subarray(4, headerEnd), notPbf)
        : decoding(at, () => readBlobHeader(bytes.subarray(at + 4, headerEnd)))
    if (header.dataSize > MAX_BLOCK_BYTES) throw importRefusal('pbf-too-large', { byte: at })
    const end = headerEnd + header.dataSize
    if (end > bytes.length) throw cutShort(at)
    if (header.type === 'OSMHeader' || header.type === 'OSMData') {
      const block = blockData(bytes.subarray(headerEnd, end), at)
      decoding(at, () =>
        header.type === 'OSMHeader' ? checkFeatures(block, at) : readPrimitiveBlock(block, points, ways, problems),
      )
    }
    at = end
  }
  return { points, ways, problems }
}

/** The first block's header, which must be an `OSMHeader`'s (or the file is not PBF at all). */
function firstHeader(bytes: Uint8Array, notPbf: () => CoreError): BlobHeader {
  try {
    const header = readBlobHeader(bytes)
    if (header.type === 'OSMHeader') return header
  } catch {
    // not a block header: not a PBF file
  }
  throw notPbf()
}

/** Runs a decoder over one block, naming the block in whatever goes wrong. */
function decoding<T>(at: number, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof CoreError) throw error
    throw damaged(at, error instanceof Error ? error.message : String(error))
  }
}

/**
 * Fields read one by one until the end of a message (a field `onField` does not read is skipped);
 * reading past the end, or a field numbered 0, means the message is damaged.
 */
function fields(pbf: PbfReader, end: number, onField: (tag: number) => void): void {
  for (let tag = pbf.nextField(end); tag !== 0; tag = pbf.nextField(end)) {
    onField(tag)
    if (pbf.pos > end) throw new Error('a message runs past its end')
  }
  if (pbf.pos !== end) throw new Error('a message runs past its end')
}

interface BlobHeader {
  readonly type: string
  readonly dataSize: number
}

function readBlobHeader(bytes: Uint8Array): BlobHeader {
  const pbf = new PbfReader(bytes)
  let type = ''
  let dataSize = -1
  fields(pbf, bytes.length, (tag) => {
    if (tag === 1) type = pbf.readString()
    else if (tag === 3) dataSize = pbf.readVarint()
  })
  if (dataSize < 0) throw new Error('a block header without its size')
  return { type, dataSize }
}

/** The block's bytes, decompressed when they are zlib data. */
function blockData(bytes: Uint8Array, at: number): Uint8Array {
  const pbf = new PbfReader(bytes)
  let raw: Uint8Array | null = null,
    zlib: Uint8Array | null = null,
    rawSize = -1,
    other: string | null = null
  decoding(at, () =>
    fields(pbf, bytes.length, (tag) => {
      if (tag === 1) raw = pbf.readBytes()
      else if (tag === 2) rawSize = pbf.readVarint()
      else if (tag === 3) zlib = pbf.readBytes()
      else if (tag >= 4 && tag <= 7) other = ['lzma', 'bzip2', 'lz4', 'zstd'][tag - 4]!
    }),
  )
  if (raw) return raw
  if (!zlib) {
    if (other) throw importRefusal('pbf-compression', { byte: at, compression: other })
    throw damaged(at, 'no data')
  }
  if (rawSize < 0 || rawSize > MAX_BLOCK_BYTES) throw damaged(at, 'no size, or one past the format’s limit')
  const out = decoding(at, () => unzlibSync(zlib!, { out: new Uint8Array(rawSize) }))
  if (out.length !== rawSize) throw damaged(at, `${out.length} bytes once decompressed, not the ${rawSize} it says`)
  return out
}

function checkFeatures(bytes: Uint8Array, at: number): void {
  const pbf = new PbfReader(bytes)
  const required: string[] = []
  fields(pbf, bytes.length, (tag) => {
    if (tag === 4) required.push(pbf.readString())
  })
  const unknown = required.filter((f) => !KNOWN_FEATURES.has(f))
  if (unknown.includes('HistoricalInformation')) throw importRefusal('pbf-history', { byte: at })
  if (unknown.length > 0) throw importRefusal('pbf-feature', { byte: at, features: unknown.join(', ') })
}

/** A block's coordinate scale: degrees = (offset + granularity × value) / 10⁹. */
interface Scale {
  granularity: number
  latOffset: number
  lonOffset: number
}

function readPrimitiveBlock(
  bytes: Uint8Array,
  points: Map<string, RawPoint>,
  ways: RawWay[],
  problems: RecordProblem[],
) {
  const pbf = new PbfReader(bytes)
  const strings: string[] = []
  const groups: Array<[number, number]> = []
  const scale: Scale = { granularity: 100, latOffset: 0, lonOffset: 0 }
  fields(pbf, bytes.length, (tag) => {
    if (tag === 1) {
      const end = pbf.readVarint() + pbf.pos
      fields(pbf, end, (t) => {
        if (t === 1) strings.push(pbf.readString())
      })
    } else if (tag === 2) {
      // Groups are read once the whole block is known (its scale may come after them).
      const end = pbf.readVarint() + pbf.pos
      groups.push([pbf.pos, end])
      pbf.pos = end
    } else if (tag === 17) scale.granularity = pbf.readVarint()
    else if (tag === 19) scale.latOffset = pbf.readVarint(true)
    else if (tag === 20) scale.lonOffset = pbf.readVarint(true)
  })
  const text = (i: number) => {
    const s = strings[i]
    if (s === undefined) throw new Error(`string ${i} is not in the block's table`)
    return s
  }
  const block: Block = {
    text,
    lat: (value) => (scale.latOffset + scale.granularity * value) / 1e9,
    lon: (value) => (scale.lonOffset + scale.granularity * value) / 1e9,
    points,
    problems,
  }
  for (const [start, end] of groups) {
    const group = new PbfReader(bytes.subarray(start, end))
    fields(group, group.length, (tag) => {
      const stop = () => group.readVarint() + group.pos
      if (tag === 1) readNode(group, stop(), block)
      else if (tag === 2) readDenseNodes(group, stop(), block)
      else if (tag === 3) ways.push(readWay(group, stop(), text))
    })
  }
}

type Text = (i: number) => string

/** What reading one block's nodes needs: its strings, its coordinate scale, and where points go. */
interface Block {
  readonly text: Text
  /** Degrees from a stored value (`(offset + granularity × value) / 10⁹`). */
  readonly lat: (value: number) => number
  readonly lon: (value: number) => number
  readonly points: Map<string, RawPoint>
  readonly problems: RecordProblem[]
}

function tagsOf(keys: readonly number[], values: readonly number[], text: Text): Record<string, string> {
  const tags: Record<string, string> = {}
  keys.forEach((k, i) => {
    tags[text(k)] = text(values[i]!)
  })
  return tags
}

function readNode(pbf: PbfReader, end: number, block: Block) {
  let id = 0,
    lat = NaN,
    lon = NaN
  const keys: number[] = [],
    values: number[] = []
  fields(pbf, end, (tag) => {
    if (tag === 1) id = pbf.readSVarint()
    else if (tag === 2) pbf.readPackedVarint(keys)
    else if (tag === 3) pbf.readPackedVarint(values)
    else if (tag === 8) lat = block.lat(pbf.readSVarint())
    else if (tag === 9) lon = block.lon(pbf.readSVarint())
  })
  addPoint(block.points, block.problems, String(id), lat, lon, tagsOf(keys, values, block.text))
}

function readDenseNodes(pbf: PbfReader, end: number, block: Block) {
  const ids: number[] = [],
    lats: number[] = [],
    lons: number[] = [],
    keysValues: number[] = []
  fields(pbf, end, (tag) => {
    if (tag === 1) pbf.readPackedSVarint(ids)
    else if (tag === 8) pbf.readPackedSVarint(lats)
    else if (tag === 9) pbf.readPackedSVarint(lons)
    else if (tag === 10) pbf.readPackedVarint(keysValues)
  })
  if (lats.length !== ids.length || lons.length !== ids.length)
    throw new Error(`dense nodes with ${ids.length} ids but ${lats.length} latitudes and ${lons.length} longitudes`)
  // Ids and coordinates are deltas from the previous node; tags are key, value pairs ending in 0.
  let id = 0,
    lat = 0,
    lon = 0,
    k = 0
  for (let i = 0; i < ids.length; i++) {
    id += ids[i]!
    lat += lats[i]!
    lon += lons[i]!
    const tags: Record<string, string> = {}
    while (k < keysValues.length && keysValues[k] !== 0) {
      tags[block.text(keysValues[k]!)] = block.text(keysValues[k + 1]!)
      k += 2
    }
    k++
    addPoint(block.points, block.problems, String(id), block.lat(lat), block.lon(lon), tags)
  }
}

function readWay(pbf: PbfReader, end: number, text: Text): RawWay {
  let id = 0
  const keys: number[] = [],
    values: number[] = [],
    deltas: number[] = []
  fields(pbf, end, (tag) => {
    if (tag === 1) id = pbf.readVarint()
    else if (tag === 2) pbf.readPackedVarint(keys)
    else if (tag === 3) pbf.readPackedVarint(values)
    else if (tag === 8) pbf.readPackedSVarint(deltas)
  })
  let ref = 0
  const refs = deltas.map((d) => String((ref += d)))
  return { id: String(id), points: refs, tags: tagsOf(keys, values, text) }
}
