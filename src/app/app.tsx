import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type RouterHistory } from '@tanstack/react-router'
import { useState } from 'react'
import { TooltipProvider } from '@/components/tooltip-provider'
import { createQueryClient } from './query-client'
import { createAppRouter } from './router'

type AppProps = {
  queryClient?: QueryClient
  history?: RouterHistory
}

/** Where the app's providers meet. Tests pass their own client and history. */
export function App({ queryClient: givenClient, history }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient())
  const [router] = useState(() => createAppRouter(queryClient, history))
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        <RouterProvider router={router} />
      </TooltipProvider>
    </QueryClientProvider>
  )
}
