import { describe, expect, it } from 'vitest'
import { sniffImport } from '@/features/import/parse/sniff'
import { fixtureText } from './read-fixture'

describe('sniffImport', () => {
  it('knows Twilio day files of calls and of messages by their first line', () => {
    expect(
      sniffImport(
        fixtureText('twilio-calls-2026-03-17.jsonl').slice(0, 300),
        'day.jsonl',
      ),
    ).toEqual({
      format: 'twilio-jsonl',
      kind: 'calls',
      vendor: 'twilio',
      gzip: false,
      header: null,
    })
    expect(
      sniffImport(
        fixtureText('twilio-messages-2026-03-17.jsonl').slice(0, 4000),
        'x.jsonl.gz',
        true,
      ),
    ).toMatchObject({ format: 'twilio-jsonl', kind: 'texts', gzip: true })
  })

  it('knows Twilio REST pages, even pretty-printed or cut short', () => {
    const page = JSON.stringify(
      { first_page_uri: '/x', messages: [{ sid: 'SM1' }] },
      null,
      2,
    )
    expect(sniffImport(page.slice(0, 60), 'page.json')).toMatchObject({
      format: 'twilio-rest',
      kind: 'texts',
    })
    expect(sniffImport('[{"calls": [', 'pages.json')).toMatchObject({
      format: 'twilio-rest',
      kind: 'calls',
    })
  })

  it('reads a CSV header, tells texts from calls, and finds a vendor in the file name', () => {
    expect(
      sniffImport(fixtureText('ctm-calls-2026-03-16.csv'), 'ctm-calls-2026-03-16.csv'),
    ).toMatchObject({ format: 'csv', kind: 'calls', vendor: 'ctm' })
    const ctm = sniffImport(fixtureText('ctm-calls-2026-03-16.csv'), 'ctm.csv')
    expect(ctm.format === 'csv' && ctm.header?.slice(0, 2)).toEqual([
      'Call ID',
      'Called At',
    ])
    expect(sniffImport('\uFEFFWhen;Sender;Message\n', 'export.csv')).toMatchObject({
      format: 'csv',
      kind: 'texts',
      vendor: null,
      header: ['When', 'Sender', 'Message'],
    })
  })

  it('says plainly what it cannot read', () => {
    expect(sniffImport('', 'empty.csv')).toEqual({
      format: null,
      gzip: false,
      reason: 'The file is empty.',
    })
    expect(sniffImport('\u0000\u0001PK', 'a.zip')).toMatchObject({ format: null })
    const json = sniffImport('{"hello": 1}', 'a.json')
    expect(json.format === null && json.reason).toMatch(
      /neither a Twilio BulkExport file/,
    )
    expect(sniffImport('just one column\nx', 'a.txt')).toMatchObject({ format: null })
  })
})
