/**
 * User errors
 * ===========
 * A problem with what the user typed or gave us. Printed as plain lines, exit code 2, no stack trace.
 */
export class UserError extends Error {
  /** One line per problem. */
  readonly lines: readonly string[]
  constructor(lines: string | readonly string[]) {
    const all = typeof lines === 'string' ? [lines] : lines
    super(all.join('\n'))
    this.name = 'UserError'
    this.lines = all
  }
}
