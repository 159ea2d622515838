import { DropdownMenu } from 'radix-ui'
import type { ReactNode } from 'react'

/** One entry of a dropdown menu; a disabled one fades, the highlighted one is tinted. */
export const menuItemClass =
  'flex cursor-default items-center gap-2 rounded px-2 py-1.5 outline-none select-none data-[disabled]:opacity-40 data-[highlighted]:bg-surface-2'

/** A heading over a group of entries. */
export const menuLabelClass = 'px-2 py-1.5 text-xs font-medium text-muted'

/**
 * A dropdown menu's popup, under its trigger's right edge (where the app's
 * menus sit: at the right of a toolbar), above everything else.
 * `className` adds its width and, for a long one, its scrolling.
 */
export function MenuContent({
  className,
  children,
}: {
  className: string
  children: ReactNode
}) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        align="end"
        sideOffset={4}
        className={`z-50 rounded-lg border border-line bg-surface p-1 text-sm shadow-lg ${className}`}
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  )
}
