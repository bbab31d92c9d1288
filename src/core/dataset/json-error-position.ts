/**
 * JSON error position
 * ===================
 * Finds where JSON text first goes wrong, because Node 20's `JSON.parse` messages often give no
 * position. Only called after `JSON.parse` has failed, so speed matters little.
 */

/** Where and why the text stops being JSON. */
export interface JsonErrorPosition {
  readonly offset: number
  readonly line: number
  readonly column: number
  readonly reason: string
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** Returns the first error in `text`, or null if the text is valid JSON. */
export function findJsonError(text: string): JsonErrorPosition | null {
  let i = 0
  const fail = (reason: string): never => {
    throw new Stop(i, reason)
  }
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const describe = () => (i >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(text[i])}`)
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail(describe())
  }
  const string = () => {
    i++
    while (i < text.length) {
      const ch = text[i]!
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        const next = text[i + 1]
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string')
          i += 6
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2
        else fail('bad escape in a string')
      } else if (ch < ' ') fail('a control character inside a string (a line break in a string?)')
      else i++
    }
    fail('a string is not closed before the end of the text')
  }
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === '-' || m[0] === '') fail(describe())
    i += m![0].length
  }
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nested too deeply')
    ws()
    const ch = text[i]
    if (ch === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"')
          fail(
            i >= text.length
              ? 'the text ends too early'
              : `expected a key in double quotes, found ${JSON.stringify(text[i])}`,
          )
        string()
        ws()
        if (text[i] !== ':')
          fail(`expected ":" after a key, found ${i >= text.length ? 'the end of the text' : JSON.stringify(text[i])}`)
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail(
          i >= text.length
            ? 'the text ends before the object is closed'
            : `expected "," or "}", found ${JSON.stringify(text[i])}`,
        )
      }
    }
    if (ch === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail(
          i >= text.length
            ? 'the text ends before the list is closed'
            : `expected "," or "]", found ${JSON.stringify(text[i])}`,
        )
      }
    }
    if (ch === '"') return string()
    if (ch === 't') return literal('true')
    if (ch === 'f') return literal('false')
    if (ch === 'n') return literal('null')
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number()
    fail(
      i >= text.length
        ? text.trim() === ''
          ? 'the file is empty'
          : 'the text ends too early'
        : `unexpected ${JSON.stringify(ch)}`,
    )
  }
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1
    value(0)
    ws()
    if (i < text.length) fail(`unexpected ${JSON.stringify(text[i])} after the end of the document`)
    return null
  } catch (error) {
    if (!(error instanceof Stop)) return null
    const before = text.slice(0, error.offset)
    const line = before.split('\n').length
    return { offset: error.offset, line, column: error.offset - before.lastIndexOf('\n'), reason: error.reason }
  }
}
