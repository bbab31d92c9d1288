// Hostile input on every entry point of the command line, one test per class of fault: crashes,
// hangs, runaway work, terminal escapes, untrue answers, bad tours files, encodings, sloppy options.
// A command may only answer (exit 0) or refuse with a message (exit 2); never exit 1 or hang.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/cli.ts'
import { memoryIo } from '../src/cli/io.ts'
import { formatTable } from '../src/cli/output.ts'
import { parseDataset } from '../src/core/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'hostile-'))
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}
const run = (...argv: string[]) => {
  const io = memoryIo()
  const code = runCli(argv, io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}
const embeddedText = readFileSync(new URL('../data/network.json', import.meta.url), 'utf8')
const embedded = () => JSON.parse(embeddedText) as Record<string, any>
const minimal = () => ({
  version: 1,
  places: [
    { id: 'a', name: 'A', lat: 21.0, lon: 106.0 },
    { id: 'b', name: 'B', lat: 21.1, lon: 106.1 },
  ],
  links: [{ id: 'ab', from: 'a', to: 'b', mode: 'road', km: 16, speedKmh: 40 }],
})
const BIN = fileURLToPath(new URL('../bin/heritage-routes.cjs', import.meta.url))
/** Runs the real program in a child process, so a hang is caught by the timeout. */
const spawn = (args: string[], timeout = 20_000) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout })
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr }
}

describe('crashes', () => {
  it.each([79, 80, 81, 200])('an unknown reference %i characters long is reported, not a crash', (length) => {
    const doc = minimal()
    const ghost = 'x'.repeat(length - 2) + '-y'
    doc.links[0]!.to = ghost
    const r = run('validate', '--data', write(`ref-${length}.json`, JSON.stringify(doc)))
    expect(r.code, r.err).toBe(2)
    // Up to 80 characters it is a well-formed id that names no place; longer, it is not an id at all.
    expect(r.err).toContain(length <= 80 ? 'E_UNKNOWN_PLACE' : 'links[0].to')
  })

  it('tables and validation never spread a data-sized array into a call', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [String(i), 'x'])
    expect(formatTable(['n', 'x'], rows).split('\n').length).toBe(300_002)
    const places = Array.from({ length: 150_000 }, (_, i) => ({ id: `p${i}`, name: 'P', lat: 21, lon: 106 }))
    const result = parseDataset({ version: 1, places, links: [] })
    expect(result.ok).toBe(true)
  })

  it('refuses special files with a reason, without hanging or reading forever', () => {
    const fifo = join(dir, 'pipe')
    execFileSync('mkfifo', [fifo])
    for (const file of ['/dev/zero', '/dev/urandom', fifo, dir]) {
      const r = spawn(['validate', '--data', file])
      expect(r.signal, file).toBeNull()
      expect(r.code, `${file}: ${r.err}`).toBe(2)
      expect(r.err).toMatch(/not a regular file|folder/)
    }
    const r = spawn(['suggest', '--start', 'hanoi', '--tours', '/dev/zero'])
    expect(r.code, r.err).toBe(2)
    expect(r.err).toMatch(/--tours .*not a regular file/)
  })

  it('refuses an unreadable file as permission denied, not an internal error', () => {
    if (process.getuid?.() === 0) return // root reads every file
    const file = write('secret.json', '{}')
    chmodSync(file, 0o000)
    const r = run('validate', '--data', file)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/permission denied/)
  })

  it('caps the number of problems reported, in text and JSON, and counts the rest', () => {
    const doc = minimal()
    doc.links = Array.from({ length: 1500 }, (_, i) => ({
      id: `l${i}`,
      from: 'a',
      to: `ghost-${i}`,
      mode: 'boat',
      km: -1,
      speedKmh: 40,
    }))
    const file = write('many-errors.json', JSON.stringify(doc))
    const json = JSON.parse(run('validate', '--data', file, '--json').out)
    expect(json.errors.length).toBe(1000)
    // Two errors per link (the mode and the length); the first 1,000 are listed, the rest counted.
    expect(json.errors.length + json.omittedErrors).toBe(3000)
    const text = run('validate', '--data', file)
    expect(text.code).toBe(2)
    expect(text.err).toMatch(/and \d+ more/)
  })

  it.each([
    ['timeline', '--from', 'hanoi', '--to', 'kiep-bac-temple', '--delay', 'dong-viet-bridge=99999999'],
    ['compare', '--delay', 'dong-viet-bridge=99999999'],
    ['timeline', '--from', 'hanoi', '--to', 'kiep-bac-temple', '--delay', 'dong-viet-bridge=1.5'],
  ])('bounds a delay to its documented range: %j', (...argv) => {
    const r = run(...argv)
    expect(r.code, r.err).toBe(2)
    expect(r.err).toMatch(/--delay: .*between -240 and 240 months/)
  })

  it('removes repeated places from a matrix and refuses more than its cap, with a message', () => {
    const twice = run('matrix', '--places', 'hanoi,yen-tu,hanoi,yen-tu', '--json')
    expect(twice.code, twice.err).toBe(0)
    expect(JSON.parse(twice.out).places).toEqual(['hanoi', 'yen-tu'])
    const ids = Array.from({ length: 3000 }, (_, i) => `p${i}`)
    const places = ids.map((id) => ({ id, name: id, lat: 21, lon: 106 }))
    const file = write('wide.json', JSON.stringify({ version: 1, places, links: [] }))
    const many = run('matrix', '--data', file, '--places', ids.join(','))
    expect(many.code).toBe(2)
    expect(many.err).toMatch(/--places: 3000 places; the matrix takes at most 500/)
  })
})

describe('hangs and quadratic work', () => {
  it('answers reach on a 60,000-place chain in linear work', () => {
    const n = 60_000
    const places = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: 'P', lat: 21 + i * 1e-6, lon: 106 }))
    const links = Array.from({ length: n - 1 }, (_, i) => ({
      id: `l${i}`,
      from: `p${i}`,
      to: `p${i + 1}`,
      mode: 'road',
      km: 0.1,
      minutes: 0.1,
    }))
    const file = write('chain.json', JSON.stringify({ version: 1, places, links }))
    const r = run('reach', '--data', file, '--from', 'p0', '--within', String(n / 10), '--json')
    expect(r.code, r.err).toBe(0)
    const doc = JSON.parse(r.out)
    expect(doc.places.length).toBe(n - 1)
    expect(doc.places.at(-1).place).toBe(`p${n - 1}`)
    expect(doc.places.at(-1).km).toBeCloseTo((n - 1) / 10, 3)
  })
})

// The characters a terminal would act on (the same set the CLI removes).
// oxlint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('terminal safety', () => {
  it('never writes control characters from the data to the terminal; JSON keeps them escaped', () => {
    const doc = minimal()
    doc.places[1]!.name = 'B\u001b]0;pwned\u0007\u001b[31mred\u202egnp.exe'
    const file = write('escapes.json', JSON.stringify(doc))
    const text = run('route', '--data', file, '--from', 'a', '--to', 'b')
    expect(text.code, text.err).toBe(0)
    expect(text.out).not.toMatch(UNSAFE)
    const json = run('route', '--data', file, '--from', 'a', '--to', 'b', '--json')
    expect(json.out).not.toMatch(UNSAFE)
    expect(JSON.parse(json.out).to).toBe('b')
  })
})

describe('untrue answers', () => {
  it.each([
    [{ speedKmh: 5e-324 }, 'speedKmh'],
    [{ speedKmh: 1e-300 }, 'speedKmh'],
    [{ minutes: 5e-324, speedKmh: undefined }, 'minutes'],
    [{ speedKmh: 300 }, 'speedKmh'],
  ])('refuses a physically impossible speed or time %j', (change, field) => {
    const doc = minimal()
    Object.assign(doc.links[0]!, change)
    const r = run(
      'validate',
      '--data',
      write(`speed-${field}-${String(Object.values(change)[0])}.json`, JSON.stringify(doc)),
    )
    expect(r.code, r.out).toBe(2)
    expect(r.err).toContain('E_IMPLAUSIBLE_SPEED')
    expect(r.err).toContain(`links[0].${field}`)
  })

  it('warns of a speed beyond the usual for its mode', () => {
    const doc = minimal()
    doc.links[0]!.speedKmh = 150
    const r = run('validate', '--data', write('fast.json', JSON.stringify(doc)))
    expect(r.code).toBe(0)
    expect(r.out).toContain('W_UNUSUAL_SPEED')
  })

  it('says a link is closed to every vehicle instead of "no chain of links"', () => {
    const doc = minimal()
    ;(doc.links[0] as Record<string, unknown>).closedTo = ['car', 'coach', 'motorbike']
    const r = run('route', '--data', write('closed.json', JSON.stringify(doc)), '--from', 'a', '--to', 'b', '--json')
    expect(r.code, r.err).toBe(0)
    const answer = JSON.parse(r.out)
    expect(answer.reachable).toBe(false)
    expect(answer.cause).toEqual({ kind: 'profile', profile: 'car', everyProfile: true })
  })

  it('explains a lock at 07:01 after leaving at 07:00 by the lock, in the CLI', () => {
    const r = run(
      'itinerary',
      '--start',
      'hanoi',
      '--visit',
      'con-son-pagoda',
      '--lock',
      'con-son-pagoda@07:01',
      '--date',
      '2026-12-05',
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    expect(JSON.parse(r.out).dropped[0].cause).toMatchObject({ kind: 'lock-unreachable', at: '07:01' })
  })
})

describe('tours files', () => {
  const tours = () => JSON.parse(readFileSync(new URL('../data/tours.json', import.meta.url), 'utf8'))

  it('names the file, the tour and the path of a repeated stop', () => {
    const doc = tours()
    doc.tours[0].stops.push(doc.tours[0].stops[0])
    const file = write('dup-stop-tours.json', JSON.stringify(doc))
    const r = run('suggest', '--start', 'hanoi', '--tours', file)
    expect(r.err).toContain(file)
    expect(r.err).toContain(`tours[0].stops[${doc.tours[0].stops.length - 1}]`)
    expect(r.err).toContain(doc.tours[0].id)
  })

  it('skips a tour whose only stop is the start with a warning, and suggests the others', () => {
    const doc = tours()
    doc.tours.push({ ...doc.tours[1], id: 'only-hanoi', stops: ['hanoi'], optional: [] })
    const r = run(
      'suggest',
      '--start',
      'hanoi',
      '--tours',
      write('start-only-tours.json', JSON.stringify(doc)),
      '--json',
    )
    expect(r.code, r.err).toBe(0)
    expect(r.err).toMatch(/only-hanoi.*skipped/)
    expect(JSON.parse(r.out).suggestions.length).toBe(doc.tours.length - 1)
  })

  it('refuses two tours with the same id', () => {
    const doc = tours()
    doc.tours.push({ ...doc.tours[0] })
    const r = run('suggest', '--start', 'hanoi', '--tours', write('dup-id-tours.json', JSON.stringify(doc)))
    expect(r.code).toBe(2)
    expect(r.err).toContain('E_DUPLICATE_TOUR_ID')
  })

  it('caps the size of a tours file before reading it', () => {
    const r = run('suggest', '--start', 'hanoi', '--tours', write('huge-tours.json', ' '.repeat(5 * 1024 * 1024)))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--tours .*larger than/)
  })
})

describe('encodings', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    const r = run('validate', '--data', write('bom.json', `\ufeff${JSON.stringify(minimal())}`))
    expect(r.code, r.err).toBe(0)
  })

  it.each([
    ['utf16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(minimal()), 'utf16le')])],
    ['utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(JSON.stringify(minimal()), 'utf16le').swap16()])],
  ])('names the encoding of a %s file', (name, bytes) => {
    const r = run('validate', '--data', write(`${name}.json`, bytes))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/UTF-16/)
  })

  it('names bytes that are not UTF-8', () => {
    const r = run(
      'validate',
      '--data',
      write('latin1.json', Buffer.from('{"version":1,"places":[{"id":"a","name":"Chùa"}]}', 'latin1')),
    )
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/not valid UTF-8/)
  })
})

describe('options', () => {
  it('refuses an option given twice', () => {
    const r = run('route', '--from', 'hanoi', '--from', 'ha-long', '--to', 'yen-tu')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/--from is given twice/)
  })

  it.each([
    [['reach', '--from', 'hanoi', '--within', '-5'], /--within: "-5" must be a number of minutes from 1 to 10080/],
    [
      ['reach', '--from', 'hanoi', '--within', '9'.repeat(400)],
      /--within: .* must be a number of minutes from 1 to 10080/,
    ],
    [['itinerary', '--start', 'hanoi', '--visit', 'yen-tu', '--days', '0x3'], /--days: "0x3" must be a whole number/],
    [
      ['route', '--from', 'hanoi', '--to', 'yen-tu', '--scenario', 'today', '--date', '2030-01-01'],
      /date: the preset "today" /,
    ],
    [
      ['route', '--from', 'hanoi', '--to', 'yen-tu', '--alternatives', '-1'],
      /--alternatives: "-1" must be a whole number from 0 to 3/,
    ],
  ])('refuses %j with the right message', (argv, message) => {
    const r = run(...(argv as string[]))
    expect(r.code, r.out).toBe(2)
    expect(r.err).toMatch(message)
  })

  it('refuses the year 0000 as a date in a dataset', () => {
    const doc = minimal() as Record<string, unknown>
    doc.updated = '0000'
    const r = run('validate', '--data', write('year-zero.json', JSON.stringify(doc)))
    expect(r.code).toBe(2)
    expect(r.err).toContain('E_BAD_DATE')
  })
})

describe('any mutation of the embedded dataset', () => {
  const paths = (
    value: unknown,
    prefix: (string | number)[] = [],
    out: (string | number)[][] = [],
  ): (string | number)[][] => {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const key = Array.isArray(value) ? Number(k) : k
        out.push([...prefix, key])
        if (out.length < 4000) paths(v, [...prefix, key], out)
      }
    }
    return out
  }
  const all = paths(embedded())
  const junk = fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc.constant(-1),
    fc.constant(0),
    fc.constant(1e308),
    fc.constant(5e-324),
    fc.constant('__proto__'),
    fc.constant([]),
    fc.constant({}),
    fc.string({ maxLength: 90 }),
    fc.double(),
    fc.boolean(),
  )

  it('gets validate to answer 0 or 2, never 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...all), junk), { minLength: 1, maxLength: 6 }), (edits) => {
        const doc = embedded()
        for (const [path, value] of edits) {
          let node: any = doc
          for (const key of path.slice(0, -1)) node = node?.[key]
          if (node && typeof node === 'object') node[path.at(-1)!] = value
        }
        const r = run('validate', '--data', write('mutated.json', JSON.stringify(doc)))
        expect([0, 2], r.err).toContain(r.code)
      }),
      { numRuns: 60 },
    )
  })
})
