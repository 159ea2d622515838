import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type RouterHistory } from '@tanstack/react-router'
import { useState } from 'react'
import { createInitialAddress, InitialAddressContext } from './initial-address'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

type AppProps = {
  queryClient?: QueryClient
  history?: RouterHistory
}

/** Where the app's providers meet. Tests pass their own client and history. */
export function App({ queryClient: givenClient, history }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient())
  // Read before the router starts and rewrites the address.
  const [initialAddress] = useState(() => {
    const { pathname, search } = history?.location ?? window.location
    return createInitialAddress(pathname, search)
  })
  const [router] = useState(() => createAppRouter(queryClient, history))
  return (
    <QueryClientProvider client={queryClient}>
      <InitialAddressContext value={initialAddress}>
        <RouterProvider router={router} />
      </InitialAddressContext>
    </QueryClientProvider>
  )
}
