/**
 * Cuts CSV text that arrives in pieces into whole records: a line break ends
 * a record only outside quotes, i.e. after an even number of quote marks
 * (an escaped "" counts two, so the parity holds).
 */
export class CsvRecordSplitter {
  private rest = ''
  private restLine = 1
  private quoted = false
  /** Where the scan of `rest` stopped, so a long record is not rescanned. */
  private scanned = 0

  /** Whole records the piece completes, each with the line it starts on. */
  push(text: string): { text: string; line: number }[] {
    const buffer = this.rest + text
    const records: { text: string; line: number }[] = []
    let start = 0
    let line = this.restLine
    let quoted = this.quoted
    for (let i = this.scanned; i < buffer.length; i += 1) {
      const code = buffer.charCodeAt(i)
      if (code === 34) quoted = !quoted
      else if (code === 10 && !quoted) {
        const end = i > start && buffer.charCodeAt(i - 1) === 13 ? i - 1 : i
        const record = buffer.slice(start, end)
        records.push({ text: record, line })
        line += countLines(record) + 1
        start = i + 1
      }
    }
    this.rest = buffer.slice(start)
    this.restLine = line
    this.quoted = quoted
    this.scanned = this.rest.length
    return records
  }

  /** The last record, when the text did not end with a line break. */
  end(): { text: string; line: number }[] {
    const last = this.rest
    this.rest = ''
    this.scanned = 0
    return last === '' ? [] : [{ text: last, line: this.restLine }]
  }
}

function countLines(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count += 1
  return count
}
