import type { Column, RowData } from '@tanstack/react-table'
import { ArrowLeft, ArrowRight, Check, RotateCcw } from 'lucide-react'
import { DropdownMenu } from 'radix-ui'
import {
  MenuContent,
  menuItemClass as item,
  menuLabelClass as label,
} from '@/components/menu'
import { densities, type Density } from './column-layout'
import { ColumnMenuButton } from './column-menu'
import type { LogTableFeatures } from './table-features'

export type ColumnMenuProps<T extends RowData> = {
  columns: Column<LogTableFeatures, T>[]
  density: Density
  onDensityChange: (density: Density) => void
  /** Moves a shown column one place among the shown columns. */
  onMove: (id: string, by: -1 | 1) => void
  onReset: () => void
}

const densityNames: Record<Density, string> = {
  comfortable: 'Comfortable',
  compact: 'Compact',
}

/** The column menu itself; it replaces the stand-in button, open, on first use. */
export function ColumnMenuPopup<T extends RowData>({
  columns,
  density,
  onDensityChange,
  onMove,
  onReset,
}: ColumnMenuProps<T>) {
  const shown = columns.filter((column) => column.getIsVisible())
  // Keep the menu open: a person moving a column usually moves it again.
  const stay = (event: Event) => event.preventDefault()
  return (
    // Not modal: nothing else is hidden from screen readers while it is open.
    <DropdownMenu.Root defaultOpen modal={false}>
      <DropdownMenu.Trigger asChild>
        <ColumnMenuButton />
      </DropdownMenu.Trigger>
      <MenuContent className="max-h-[var(--radix-dropdown-menu-content-available-height)] min-w-56 overflow-y-auto">
        <DropdownMenu.Label className={label}>Show columns</DropdownMenu.Label>
        {columns.map((column) => {
          const name = column.columnDef.meta?.label ?? column.id
          const place = shown.indexOf(column)
          return (
            <DropdownMenu.Group key={column.id} className="flex items-center gap-0.5">
              <DropdownMenu.CheckboxItem
                checked={column.getIsVisible()}
                disabled={!column.getCanHide()}
                onCheckedChange={(checked) => column.toggleVisibility(checked)}
                onSelect={stay}
                className={`${item} flex-1`}
              >
                <span className="flex size-4 items-center justify-center rounded border border-line-strong">
                  <DropdownMenu.ItemIndicator>
                    <Check aria-hidden className="size-3" />
                  </DropdownMenu.ItemIndicator>
                </span>
                {name}
              </DropdownMenu.CheckboxItem>
              <DropdownMenu.Item
                aria-label={`Move ${name} left`}
                disabled={place <= 0}
                onSelect={(event) => {
                  stay(event)
                  onMove(column.id, -1)
                }}
                className={item}
              >
                <ArrowLeft aria-hidden className="size-3.5" />
              </DropdownMenu.Item>
              <DropdownMenu.Item
                aria-label={`Move ${name} right`}
                disabled={place < 0 || place >= shown.length - 1}
                onSelect={(event) => {
                  stay(event)
                  onMove(column.id, 1)
                }}
                className={item}
              >
                <ArrowRight aria-hidden className="size-3.5" />
              </DropdownMenu.Item>
            </DropdownMenu.Group>
          )
        })}
        <DropdownMenu.Separator className="my-1 h-px bg-line" />
        <DropdownMenu.Label className={label}>Density</DropdownMenu.Label>
        <DropdownMenu.RadioGroup
          value={density}
          onValueChange={(value) => onDensityChange(value as Density)}
        >
          {densities.map((value) => (
            <DropdownMenu.RadioItem
              key={value}
              value={value}
              onSelect={stay}
              className={item}
            >
              <span className="flex size-4 items-center justify-center">
                <DropdownMenu.ItemIndicator>
                  <Check aria-hidden className="size-3" />
                </DropdownMenu.ItemIndicator>
              </span>
              {densityNames[value]}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
        <DropdownMenu.Separator className="my-1 h-px bg-line" />
        <DropdownMenu.Item onSelect={onReset} className={item}>
          <RotateCcw aria-hidden className="size-3.5" />
          Reset columns
        </DropdownMenu.Item>
      </MenuContent>
    </DropdownMenu.Root>
  )
}
