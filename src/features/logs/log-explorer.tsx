import type { SortingState } from '@tanstack/react-table'
import { SearchX } from 'lucide-react'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import type { Call } from '@/api/call-schema'
import type { Text } from '@/api/text-schema'
import { Button } from '@/components/button'
import { EmptyState } from '@/components/empty-state'
import type { KnownStatus } from '@/domain/catalog/catalog'
import { formatSort, type LogKind } from '@/domain/log-query'
import type { LogSearch } from '@/domain/log-search'
import { viewQuery } from '@/domain/log-view'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import { pluralize } from '@/lib/format'
import type { DataTableBodyHandle } from './data-table/data-table-body'
import { DataTable } from './data-table/data-table'
import type { LogColumn } from './data-table/table-features'
import { ExportButton } from './export/export-button'
import { LazyInvalidRecordsNotice } from './lazy-invalid-records-notice'
import { LogActionsContext, type LogActions } from './log-actions'
import { useLogPages } from './use-log-pages'

export type LogViewProps = {
  search: LogSearch
  /** The moment relative ranges ("last 7 days") are resolved against. */
  now: number
  onSearchChange: (patch: Partial<LogSearch>, options?: { replace?: boolean }) => void
  /** Clears every filter, keeping the time range. */
  onClearFilters: () => void
  hasFilters: boolean
  /** The filter bar, composed in by the app. */
  toolbar?: ReactNode
  /** More actions beside Export (Import), composed in by the app. */
  moreActions?: ReactNode
}

type LogExplorerProps<T extends Call | Text> = LogViewProps & {
  kind: LogKind
  label: string
  noun: { one: string; many: string }
  columns: LogColumn<T>[]
}

// The detail sheet (Radix Dialog and the detail views) loads when a record first opens.
const recordSheet = deferredModule(() => import('./detail/record-sheet'))

/** A log: its toolbar, the table of records and the record's detail sheet. */
export function LogExplorer<T extends Call | Text>(props: LogExplorerProps<T>) {
  const { kind, search, now, onSearchChange, noun } = props
  const query = useMemo(() => viewQuery(kind, search, now), [kind, search, now])
  const pages = useLogPages(kind, query)
  const records = pages.records as T[]
  const tableHandle = useRef<DataTableBodyHandle>(null)

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
      <LazyInvalidRecordsNotice invalid={pages.invalid} noun={noun} />
      <DataTable<T>
        label={props.label}
        columns={props.columns}
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
        onLoadMore={() => {
          if (!pages.isFetchingNextPage && !pages.isError) void pages.fetchNextPage()
        }}
        openRowId={search.id}
        onOpenRow={(record) => onSearchChange({ id: record.id })}
        handle={tableHandle}
        actions={(visibleColumns) => (
          <>
            {props.moreActions}
            <ExportButton
              kind={kind}
              query={query}
              noun={noun}
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
                <Button onClick={props.onClearFilters}>Clear filters</Button>
              ) : undefined
            }
          >
            {props.hasFilters
              ? 'Try a wider time range or remove a filter.'
              : `There are no ${noun.many} in this time range.`}
          </EmptyState>
        }
      />
      {RecordSheet ? (
        <RecordSheet
          kind={kind}
          id={search.id}
          fromList={openRecord}
          onClose={() => onSearchChange({ id: undefined })}
          onReturnFocus={(id) => tableHandle.current?.focusRow(id)}
        />
      ) : null}
    </LogActionsContext>
  )
}
