import { useEffect, useRef } from 'react'
import type { RecordStepperProps } from './detail/record-stepper'

type RecordStepperOptions<T extends { id: string }> = {
  records: T[]
  /** The record open in the panel. */
  openId: string | undefined
  hasNextPage: boolean
  onLoadMore: () => void
  onOpen: (record: T) => void
}

/** Where a step from `fromId` lands in the loaded records: a record, "load more", or nowhere. */
export function stepTarget<T extends { id: string }>(
  records: T[],
  fromId: string | undefined,
  delta: 1 | -1,
  hasNextPage: boolean,
): T | 'more' | undefined {
  const index = fromId === undefined ? -1 : records.findIndex((r) => r.id === fromId)
  if (index < 0) return undefined
  const target = records[index + delta]
  if (target) return target
  return delta === 1 && hasNextPage ? 'more' : undefined
}

/**
 * Previous and next for the open record. At the end of the loaded rows, next
 * asks for the next page and steps once it is in.
 */
export function useRecordStepper<T extends { id: string }>({
  records,
  openId,
  hasNextPage,
  onLoadMore,
  onOpen,
}: RecordStepperOptions<T>): RecordStepperProps {
  // The record a "next" waits to step from, while its next page loads.
  const waitingFrom = useRef<string>(undefined)
  useEffect(() => {
    const from = waitingFrom.current
    if (from === undefined) return
    // Another record opened meanwhile (a click, Back): the step is dropped.
    if (from !== openId) {
      waitingFrom.current = undefined
      return
    }
    const target = stepTarget(records, from, 1, hasNextPage)
    if (target === 'more') return
    waitingFrom.current = undefined
    if (target) onOpen(target)
  }, [openId, records, hasNextPage, onOpen])

  return {
    canPrevious: stepTarget(records, openId, -1, false) !== undefined,
    canNext: stepTarget(records, openId, 1, hasNextPage) !== undefined,
    onStep: (delta) => {
      const target = stepTarget(records, openId, delta, hasNextPage)
      if (target === 'more') {
        waitingFrom.current = openId
        onLoadMore()
      } else if (target) onOpen(target)
    },
  }
}
