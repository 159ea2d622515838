import { Tooltip } from 'radix-ui'
import type { ReactNode } from 'react'

/**
 * One provider for every tooltip of the app: moving along a row of badges,
 * the next tooltip opens at once instead of waiting again.
 */
export function TooltipProvider({ children }: { children: ReactNode }) {
  return (
    <Tooltip.Provider delayDuration={300} skipDelayDuration={400}>
      {children}
    </Tooltip.Provider>
  )
}
