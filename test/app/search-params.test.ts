import { describe, expect, it } from 'vitest'
import { createQueryClient } from '@/app/query-client'
import { createAppRouter } from '@/app/router'
import { parseSearch, stringifySearch } from '@/app/search-params'
import { pickLogSearch, type LogSearch } from '@/domain/log-search'
import { decodeLogSearch, encodeLogSearch } from '@/domain/log-search-codec'

const view: LogSearch = {
  from: '2026-03-01T00:00:00.000Z',
  to: '2026-03-02T00:00:00.000Z',
  status: ['ctm.call.busy', 'messenger.call.busy'],
  agent: ['ana-ruiz'],
  q: 'Seán O’Brien & co',
  sort: '-duration',
  tz: 'America/Chicago',
}

describe('the one URL writer', () => {
  it('is what the router writes with, and writes the codec’s parameters', () => {
    const router = createAppRouter(createQueryClient({ retry: false }))
    expect(router.options.stringifySearch).toBe(stringifySearch)
    expect(router.options.parseSearch).toBe(parseSearch)
    const url = stringifySearch(view)
    expect([...new URLSearchParams(url)]).toEqual(encodeLogSearch(view))
  })

  it('gives back the view a navigation writes', () => {
    const router = createAppRouter(createQueryClient({ retry: false }))
    const written = router.buildLocation({ to: '/calls', search: view }).searchStr
    expect(written).toBe(stringifySearch(pickLogSearch(view)))
    expect(decodeLogSearch('calls', parseSearch(written))).toEqual({
      search: view,
      dropped: [],
    })
  })
})
