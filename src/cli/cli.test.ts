import { mkdtempSync, readdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli.ts'
import { memoryIo } from './io.ts'
import { MAX_FILE_BYTES } from './load-dataset.ts'

const defects = fileURLToPath(new URL('../../tests/fixtures/defects/', import.meta.url))
const run = (...argv: string[]) => { const io = memoryIo(); const code = runCli(argv, io); return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') } }

describe('cli validate', () => {
  it('accepts the embedded data with exit 0 and a summary', () => {
    const r = run('validate')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/valid — 43 places, 74 links, 9 projects/)
  })

  it('prints exactly one JSON document with --json', () => {
    const r = run('validate', '--json')
    const doc = JSON.parse(r.out)
    expect(doc.ok).toBe(true)
    expect(doc.counts.places).toBe(43)
    expect(doc.errors).toEqual([])
  })

  it.each(readdirSync(defects).filter((f) => f.startsWith('E_')))('exits 2 on %s, naming its code', (file) => {
    const r = run('validate', '--data', join(defects, file))
    expect(r.code).toBe(2)
    expect(r.err).toContain(file.split('--')[0])
    expect(r.err).not.toMatch(/\n\s+at /)
  })

  it('exits 0 on a file with warnings only, and lists them', () => {
    const r = run('validate', '--data', join(defects, 'W_UNREACHABLE_PLACE--island.json'))
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/W_UNREACHABLE_PLACE places\[3\] \(island\)/)
  })

  it('refuses a file over the size cap before reading it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-'))
    const big = join(dir, 'big.json')
    const fd = openSync(big, 'w'); ftruncateSync(fd, MAX_FILE_BYTES + 1); closeSync(fd)
    const r = run('validate', '--data', big, '--json')
    expect(r.code).toBe(2)
    expect(JSON.parse(r.out).errors[0].code).toBe('E_FILE_TOO_LARGE')
  })

  it('lists at most 100 problems and counts the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hr-'))
    const file = join(dir, 'many.json')
    const places = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, name: 'P', lat: 'x', lon: 106 }))
    writeFileSync(file, JSON.stringify({ version: 1, places, links: [] }))
    const r = run('validate', '--data', file)
    expect(r.code).toBe(2)
    expect(r.err.split('\n').filter((l) => l.startsWith('error ')).length).toBe(100)
    expect(r.err).toMatch(/\.\.\. and 50 more/)
  })
})

describe('cli input errors', () => {
  it('names an unknown option and exits 2', () => {
    const r = run('validate', '--dta', 'x')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/unknown option --dta/)
  })
  it('names a missing file and exits 2', () => {
    const r = run('validate', '--data', '/no/such/file.json')
    expect(r.code).toBe(2)
    expect(r.err).toBe('--data /no/such/file.json: no such file')
  })
  it('suggests a close command', () => {
    const r = run('valdate')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/did you mean validate/)
  })
  it('shows help for every command with exit 0', () => {
    expect(run('validate', '--help').out).toMatch(/Usage: heritage-routes validate/)
    expect(run('--help').code).toBe(0)
  })
})
