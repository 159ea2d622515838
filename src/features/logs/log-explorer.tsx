import type { SortingState } from '@tanstack/react-table'
import { SearchX } from 'lucide-react'
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Call } from '@/api/call-schema'
import type { Text } from '@/api/text-schema'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import type { KnownStatus } from '@/domain/catalog/catalog'
import { logKindInfo } from '@/domain/log-kind'
import { formatSort, type LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { noFilters } from '@/domain/log-search-edit'
import { viewQuery } from '@/domain/log-view'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { pluralize } from '@/lib/format'
import type { DataTableBodyHandle } from './data-table/data-table-body'
import { DataTable } from './data-table/data-table'
import type { LogColumn } from './data-table/table-features'
import type { CardLayout } from './data-table/use-log-table'
import { ExportButton } from './export/export-button'
import { useLogFreshness } from './freshness/use-log-freshness'
import { LazyInvalidRecordsNotice } from './lazy-invalid-records-notice'
import { LogActionsContext, type LogActions } from './log-actions'
import { useLogPages } from './use-log-pages'
import { useLogShortcuts } from './use-log-shortcuts'

export type LogViewProps = {
  search: LogSearch
  /** The moment relative ranges ("last 7 days") are resolved against. */
  now: number
  onSearchChange: (patch: Partial<LogSearch>, options?: { replace?: boolean }) => void
  /** Whether anything narrows the log beyond its time range: an empty log then offers Clear filters. */
  hasFilters: boolean
  /** The filter bar, composed in by the app. */
  toolbar?: ReactNode
  /** Beside the page's title (the saved views), composed in by the app. */
  headerActions?: ReactNode
  /** More actions beside Export (Import), composed in by the app. */
  moreActions?: ReactNode
}

type LogExplorerProps<T extends Call | Text> = LogViewProps & {
  kind: LogKind
  columns: LogColumn<T>[]
  /** How a record shows as a card on a phone. */
  card: CardLayout
}

// The detail panel (Radix Dialog and the detail views) loads when a record first opens.
const recordSheet = deferredModule(() => import('./detail/record-sheet'))

/** A log: its toolbar, the table of records and the record's detail sheet. */
export function LogExplorer<T extends Call | Text>(props: LogExplorerProps<T>) {
  const { kind, search, now, onSearchChange } = props
  const { noun, log: label } = logKindInfo[kind]
  const query = useMemo(() => viewQuery(kind, search, now), [kind, search, now])
  const pages = useLogPages(kind, query)
  const records = pages.records as T[]
  const tableHandle = useRef<DataTableBodyHandle>(null)
  const freshness = useLogFreshness({ kind, search, now, pages })

  const { field, desc } = query.sort
  const sorting = useMemo<SortingState>(() => [{ id: field, desc }], [field, desc])
  const actions = useMemo<LogActions>(
    () => ({
      onSelectStatus: (status: KnownStatus) =>
        onSearchChange({ status: [status.key], id: undefined }),
    }),
    [onSearchChange],
  )

  // Once opened, the sheet stays mounted so closing it can hand focus back.
  const [sheetWanted, setSheetWanted] = useState(search.id !== undefined)
  if (search.id !== undefined && !sheetWanted) setSheetWanted(true)
  const RecordSheet = useDeferredModule(recordSheet, sheetWanted)?.RecordSheet

  const openRecord = search.id
    ? records.find((record) => record.id === search.id)
    : undefined

  const panelRef = useRef<HTMLDivElement>(null)
  const onOpenRow = useCallback(
    (record: T) => onSearchChange({ id: record.id }),
    [onSearchChange],
  )
  const onLoadMore = useCallback(() => {
    if (!pages.isFetchingNextPage && !pages.isError) void pages.fetchNextPage()
  }, [pages])
  // The open panel's previous/next, for the keys.
  const stepRef = useRef<((delta: 1 | -1) => void) | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const shortcutsKit = useLogShortcuts({
    records,
    openId: search.id,
    panelRef,
    tableHandle,
    onStep: (delta) => stepRef.current?.(delta),
    onHelp: () => setHelpOpen(true),
  })

  const status = pages.isPending
    ? 'pending'
    : pages.isError && records.length === 0
      ? 'error'
      : 'success'
  // A failure with rows on screen (the next page, or a refresh) keeps them and says so.
  const rowsError =
    pages.isError && records.length > 0
      ? `${pages.isFetchNextPageError ? 'Could not load more rows' : 'Could not refresh the rows'}: ${pages.error.message}`
      : undefined

  return (
    <LogActionsContext value={actions}>
      {props.toolbar}
      <LazyInvalidRecordsNotice invalid={pages.invalid} kind={kind} />
      {/* The table and, beside it, the open record's panel. */}
      <div className="flex min-h-0 flex-1">
        <div className="flex min-h-0 min-w-0 flex-1 flex-col">
          <DataTable<T>
            label={label}
            columns={props.columns}
            card={props.card}
            data={records}
            total={pages.total}
            summary={
              pages.total === undefined ? (
                <span>Loading {noun.many}…</span>
              ) : (
                <span>
                  <strong className="font-semibold text-ink">
                    {pluralize(pages.total, noun.one, noun.many)}
                  </strong>
                  {pages.isPlaceholderData ? ' · updating…' : ''}
                  {freshness.newRecords}
                </span>
              )
            }
            sorting={sorting}
            onSortingChange={(next) => {
              const first = next[0]
              if (first)
                onSearchChange({
                  sort: formatSort({ field: first.id as never, desc: first.desc }),
                })
            }}
            storageKey={kind}
            status={status}
            isUpdating={pages.isPlaceholderData}
            errorMessage={pages.error?.message}
            onRetry={() =>
              void (pages.isFetchNextPageError ? pages.fetchNextPage() : pages.refetch())
            }
            hasNextPage={pages.hasNextPage}
            isFetchingNextPage={pages.isFetchingNextPage}
            rowsError={rowsError}
            onLoadMore={onLoadMore}
            openRowId={search.id}
            onOpenRow={onOpenRow}
            handle={tableHandle}
            actions={(visibleColumns) => (
              <>
                {props.moreActions}
                {freshness.controls}
                {shortcutsKit ? (
                  <shortcutsKit.ShortcutsButton onClick={() => setHelpOpen(true)} />
                ) : null}
                <ExportButton
                  kind={kind}
                  query={query}
                  disabled={!pages.total}
                  fields={visibleColumns.flatMap((column) => column.meta?.csv ?? [])}
                />
              </>
            )}
            empty={
              <EmptyState
                icon={SearchX}
                title={`No ${noun.many} match these filters`}
                action={
                  props.hasFilters ? (
                    <Button onClick={() => onSearchChange(noFilters)}>
                      Clear filters
                    </Button>
                  ) : undefined
                }
              >
                {props.hasFilters
                  ? 'Try a wider time range or remove a filter.'
                  : `There are no ${noun.many} in this time range.`}
              </EmptyState>
            }
          />
        </div>
        {RecordSheet ? (
          <RecordSheet
            kind={kind}
            id={search.id}
            fromList={openRecord}
            onClose={() => onSearchChange({ id: undefined })}
            onReturnFocus={(id) => tableHandle.current?.focusRow(id)}
            list={{
              records,
              hasNextPage: pages.hasNextPage,
              onLoadMore,
              onOpen: (record) => onSearchChange({ id: record.id }),
            }}
            stepRef={stepRef}
            panelRef={panelRef}
          />
        ) : null}
      </div>
      {shortcutsKit ? (
        <shortcutsKit.LazyShortcutsDialog open={helpOpen} onOpenChange={setHelpOpen} />
      ) : null}
    </LogActionsContext>
  )
}
