import type { RowData } from '@tanstack/react-table'
import { Columns3 } from 'lucide-react'
import { useState, type ComponentProps } from 'react'
import { deferredModule, useDeferredModule } from '@/lib/deferred-module'
import type { ColumnMenuProps } from './column-menu-popup'

const popup = deferredModule(() => import('./column-menu-popup'))

export function ColumnMenuButton(props: ComponentProps<'button'>) {
  return (
    <button
      type="button"
      className="inline-flex h-8 items-center gap-1.5 rounded-md border border-line bg-surface px-2.5 text-xs font-medium hover:bg-surface-2"
      {...props}
    >
      <Columns3 aria-hidden className="size-3.5" />
      Columns
    </button>
  )
}

/** Show, hide, move and size columns; remembered per log. The menu loads on first use. */
export function ColumnMenu<T extends RowData>(props: ColumnMenuProps<T>) {
  const [wanted, setWanted] = useState(false)
  const module = useDeferredModule(popup, wanted)
  if (!module)
    return <ColumnMenuButton aria-haspopup="menu" onClick={() => setWanted(true)} />
  const Popup = module.ColumnMenuPopup
  return <Popup {...props} />
}
