import { render } from '@testing-library/react'
import { createMemoryHistory } from '@tanstack/react-router'
import { App } from '@/app/app'
import { createQueryClient } from '@/app/query-client'

/** Renders the whole app at a URL, with a fresh query client that does not retry. */
export function renderApp(url: string) {
  const queryClient = createQueryClient({ retry: false })
  const history = createMemoryHistory({ initialEntries: [url] })
  const result = render(<App queryClient={queryClient} history={history} />)
  return { ...result, history, queryClient }
}
