/** Cuts text that arrives in pieces into whole lines (\n or \r\n), keeping the unfinished one. */
export class LineSplitter {
  private rest = ''

  /** The lines the piece completes. */
  push(text: string): string[] {
    const joined = this.rest + text
    const lines = joined.split('\n')
    this.rest = lines.pop() ?? ''
    return lines.map(withoutCr)
  }

  /** The last line, when the text did not end with a line break. */
  end(): string[] {
    const last = withoutCr(this.rest)
    this.rest = ''
    return last === '' ? [] : [last]
  }
}

const withoutCr = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line)
