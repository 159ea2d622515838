import type { Column, RowData } from '@tanstack/react-table'
import { Check } from 'lucide-react'
import { DropdownMenu } from 'radix-ui'
import { ColumnMenuButton } from './column-menu'
import type { LogTableFeatures } from './table-features'

export type ColumnMenuProps<T extends RowData> = {
  columns: Column<LogTableFeatures, T>[]
}

/** The column menu itself; it replaces the stand-in button, open, on first use. */
export function ColumnMenuPopup<T extends RowData>({ columns }: ColumnMenuProps<T>) {
  const hideable = columns.filter((column) => column.getCanHide())
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>
        <ColumnMenuButton />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-48 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-muted">
            Show columns
          </DropdownMenu.Label>
          {hideable.map((column) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => column.toggleVisibility(checked)}
              onSelect={(event) => event.preventDefault()}
              className="flex cursor-default items-center gap-2 rounded px-2 py-1.5 outline-none select-none data-[highlighted]:bg-surface-2"
            >
              <span className="flex size-4 items-center justify-center rounded border border-line-strong">
                <DropdownMenu.ItemIndicator>
                  <Check aria-hidden className="size-3" />
                </DropdownMenu.ItemIndicator>
              </span>
              {column.columnDef.meta?.label ?? column.id}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
