import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DropdownMenu } from 'radix-ui'
import { describe, expect, it, vi } from 'vitest'
import { MenuContent, menuItemClass, menuLabelClass } from '@/components/menu'

describe('MenuContent', () => {
  it('opens a menu of items under its trigger, an item chosen closes it', async () => {
    const onSelect = vi.fn()
    const user = userEvent.setup()
    render(
      <DropdownMenu.Root>
        <DropdownMenu.Trigger>Data</DropdownMenu.Trigger>
        <MenuContent className="min-w-60">
          <DropdownMenu.Label className={menuLabelClass}>Show data</DropdownMenu.Label>
          <DropdownMenu.Item className={menuItemClass} onSelect={onSelect}>
            Demo data
          </DropdownMenu.Item>
          <DropdownMenu.Item className={menuItemClass} disabled>
            Nothing here
          </DropdownMenu.Item>
        </MenuContent>
      </DropdownMenu.Root>,
    )
    await user.click(screen.getByRole('button', { name: 'Data' }))
    const menu = await screen.findByRole('menu')
    expect(menu).toHaveClass('min-w-60')
    expect(screen.getByText('Show data')).toBeInTheDocument()
    expect(screen.getByRole('menuitem', { name: 'Nothing here' })).toHaveAttribute(
      'data-disabled',
    )
    await user.click(screen.getByRole('menuitem', { name: 'Demo data' }))
    expect(onSelect).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
  })
})
