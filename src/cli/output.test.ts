import { describe, expect, it } from 'vitest'
import { csvCell, formatTable, safeText } from './output.ts'

describe('CLI output of text from a dataset', () => {
  it('prefixes cells a spreadsheet would run as formulas, and keeps numbers as numbers', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+1 555')).toBe("'+1 555")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('-12.5')).toBe('-12.5')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell(null)).toBe('')
  })
  it('strips terminal escapes and bidirectional overrides', () => {
    expect(safeText('Côn Sơn\u001b[31m red\u202e evil')).toBe('Côn Sơn[31m red evil')
  })
  it('aligns tables by visible characters, Vietnamese included', () => {
    const lines = formatTable(
      ['a', 'b'],
      [
        ['Đền Kiếp Bạc', '1'],
        ['x', '22'],
      ],
    ).split('\n')
    expect(lines[2]!.indexOf('1')).toBe(lines[0]!.indexOf('b'))
  })
})
