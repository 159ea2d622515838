import { ChevronDown, ChevronUp } from 'lucide-react'

export type RecordStepperProps = {
  canPrevious: boolean
  /** False at the end of the log; at the end of the loaded rows, next loads more. */
  canNext: boolean
  onStep: (delta: 1 | -1) => void
}

const buttonClass =
  'rounded-md p-1.5 text-muted hover:bg-surface-2 hover:text-ink aria-disabled:cursor-default aria-disabled:opacity-40 aria-disabled:hover:bg-transparent'

/**
 * Previous and next record, the buttons beside `k` and `j`. At either end they
 * are marked disabled but keep the focus, which `disabled` would drop.
 */
export function RecordStepper({
  canPrevious,
  canNext,
  onStep,
  noun,
}: RecordStepperProps & { noun: string }) {
  return (
    <>
      <button
        type="button"
        aria-label={`Previous ${noun}`}
        aria-keyshortcuts="K ArrowUp"
        title={`Previous ${noun} (k)`}
        aria-disabled={!canPrevious}
        onClick={() => canPrevious && onStep(-1)}
        className={buttonClass}
      >
        <ChevronUp aria-hidden className="size-5" />
      </button>
      <button
        type="button"
        aria-label={`Next ${noun}`}
        aria-keyshortcuts="J ArrowDown"
        title={`Next ${noun} (j)`}
        aria-disabled={!canNext}
        onClick={() => canNext && onStep(1)}
        className={buttonClass}
      >
        <ChevronDown aria-hidden className="size-5" />
      </button>
    </>
  )
}
