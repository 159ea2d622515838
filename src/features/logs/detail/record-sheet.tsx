import { useQuery } from '@tanstack/react-query'
import { Copy, SearchX, TriangleAlert } from 'lucide-react'
import { Dialog } from 'radix-ui'
import {
  useLayoutEffect,
  useState,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react'
import type { Call } from '@/api/call-schema'
import { recordQueryOptions } from '@/api/logs'
import { isApiError } from '@/api/problem'
import type { Text } from '@/api/text-schema'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { usePhoneFormat } from '@/lib/phone-format'
import { ZonedTime } from '@/lib/zoned-time'
import { PhoneText } from '../cells/phone-text'
import { CallDetail } from './call-detail'
import { useRecordStepper } from '../use-record-stepper'
import { RecordStepper, type RecordStepperProps } from './record-stepper'
import { TextDetail } from './text-detail'
import { DialogCloseButton } from '@/components/dialog-close-button'

type AnyRecord = Call | Text

type RecordSheetProps = {
  kind: LogKind
  id: string | undefined
  /** The record as the list has it, shown at once while the API is asked for it whole. */
  fromList: AnyRecord | undefined
  onClose: () => void
  /** Once the panel has closed: where focus should go back to. */
  onReturnFocus: (id: string) => void
  /** The loaded records, for previous and next. */
  list: Omit<Parameters<typeof useRecordStepper>[0], 'openId'>
  /** Set to the panel's step, for the keys. */
  stepRef: RefObject<((delta: 1 | -1) => void) | null>
  panelRef?: Ref<HTMLDivElement>
}

/** Each kind's own part of the panel; the frame around it is shared. */
const details: Record<LogKind, (record: AnyRecord) => ReactNode> = {
  calls: (record) => <CallDetail call={record as Call} />,
  texts: (record) => <TextDetail text={record as Text} />,
}

/**
 * The record beside the table, non-modal: the table stays usable, a click on
 * another row shows that one. Escape or the close button dismiss it; a click
 * outside does not. Below 1024 px it lies over the table's right side.
 */
export function RecordSheet({
  kind,
  id,
  fromList,
  onClose,
  onReturnFocus,
  list,
  stepRef,
  panelRef,
}: RecordSheetProps) {
  const stepper = useRecordStepper({ ...list, openId: id })
  useLayoutEffect(() => {
    stepRef.current = stepper.onStep
  })
  // The last record shown, still known while the panel closes.
  const [shownId, setShownId] = useState(id)
  if (id !== undefined && id !== shownId) setShownId(id)
  return (
    <Dialog.Root
      modal={false}
      open={id !== undefined}
      onOpenChange={(open) => (open ? undefined : onClose())}
    >
      <Dialog.Content
        ref={panelRef}
        // The panel takes the focus itself, so its name is read first.
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          ;(event.currentTarget as HTMLElement | null)?.focus()
        }}
        // Focus goes back to the record's row, even if it scrolled out of the DOM.
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          if (shownId) onReturnFocus(shownId)
        }}
        // Non-modal: a click or focus elsewhere (another row, a filter) keeps it open.
        onInteractOutside={(event) => event.preventDefault()}
        data-record-panel=""
        className="fixed inset-y-0 right-0 z-40 flex w-full max-w-md flex-col border-l border-line bg-surface shadow-2xl outline-none focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-inset lg:static lg:z-auto lg:w-[26rem] lg:max-w-none lg:shrink-0 lg:border-t lg:shadow-none xl:w-[30rem]"
      >
        {id === undefined ? null : (
          <SheetBody kind={kind} id={id} fromList={fromList} stepper={stepper} />
        )}
      </Dialog.Content>
    </Dialog.Root>
  )
}

function SheetBody({
  kind,
  id,
  fromList,
  stepper,
}: Pick<RecordSheetProps, 'kind' | 'fromList'> & {
  id: string
  stepper: RecordStepperProps
}) {
  const query = useQuery({
    ...recordQueryOptions(kind, id),
    placeholderData: fromList,
  })
  const { error, isPending, refetch } = query
  // If the whole record cannot be had, the list's copy of it stays on screen.
  const data = query.data ?? (error ? fromList : undefined)
  const formatPhone = usePhoneFormat()
  const info = logKindInfo[kind]
  const noun = info.noun.one
  const heading = data ? title(info.record, data, formatPhone) : `${info.record} ${id}`
  return (
    <>
      <header className="flex items-start justify-between gap-3 border-b border-line px-5 py-4">
        <div className="min-w-0 flex-1">
          <Dialog.Title className="truncate text-lg font-semibold">
            {heading}
          </Dialog.Title>
          <Dialog.Description className="mt-0.5 text-sm text-muted">
            {data ? subtitle(data) : `Loading the ${noun}…`}
          </Dialog.Description>
        </div>
        <div className="-mr-1 flex shrink-0 items-center gap-0.5">
          <RecordStepper {...stepper} noun={noun} />
          <DialogCloseButton label="Close details" />
        </div>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 pb-8 pt-4">
        {data ? (
          <>
            {error ? (
              <div
                role="alert"
                className="mb-4 flex items-center justify-between gap-3 rounded-md border border-line bg-danger-soft px-3 py-2 text-sm"
              >
                <span>
                  Showing the {noun} as listed; the rest could not be loaded:{' '}
                  {error.message}
                </span>
                <Button size="sm" onClick={() => void refetch()}>
                  Retry
                </Button>
              </div>
            ) : null}
            {details[kind](data)}
            <RecordId id={data.id} />
          </>
        ) : isPending ? (
          <p className="py-10 text-center text-sm text-muted" role="status">
            Loading…
          </p>
        ) : isApiError(error) && error.status === 404 ? (
          <EmptyState icon={SearchX} title={`This ${noun} was not found`}>
            No {noun} has the id “{id}”. The link may be old or mistyped.
          </EmptyState>
        ) : (
          <EmptyState
            icon={TriangleAlert}
            tone="danger"
            title={`The ${noun} could not be loaded`}
            action={
              <Button variant="primary" onClick={() => void refetch()}>
                Retry
              </Button>
            }
          >
            {error?.message}
          </EmptyState>
        )}
      </div>
    </>
  )
}

/** "Call from Ana Ruiz": the name isolated, so its direction marks cannot turn the sentence. */
function title(
  what: string,
  record: AnyRecord,
  formatPhone: (raw: string) => string,
): ReactNode {
  const who = record.contact.name ?? formatPhone(record.contact.number)
  return (
    <>
      {what} {record.direction === 'outbound' ? 'to' : 'from'} <bdi>{who}</bdi>
    </>
  )
}

function subtitle(record: AnyRecord): ReactNode {
  return (
    <>
      <PhoneText number={record.contact.number} truncate={false} /> ·{' '}
      <ZonedTime time={record.time} format="dateTime" />
    </>
  )
}

function RecordId({ id }: { id: string }) {
  return (
    <p className="mt-8 flex items-center gap-2 text-xs text-muted">
      Record id{' '}
      <code className="rounded bg-surface-2 px-1.5 py-0.5 break-all">
        <bdi>{id}</bdi>
      </code>
      <button
        type="button"
        aria-label="Copy record id"
        // Absent outside secure contexts, whatever the DOM types say.
        onClick={() => void (navigator.clipboard as Clipboard | undefined)?.writeText(id)}
        className="rounded p-1 hover:bg-surface-2 hover:text-ink"
      >
        <Copy aria-hidden className="size-3.5" />
      </button>
    </p>
  )
}
