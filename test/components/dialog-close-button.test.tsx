import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dialog } from 'radix-ui'
import { describe, expect, it } from 'vitest'
import { DialogCloseButton } from '@/components/dialog-close-button'

describe('DialogCloseButton', () => {
  it('closes its dialog and is named for what closing does', async () => {
    render(
      <Dialog.Root defaultOpen>
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Call details</Dialog.Title>
          <DialogCloseButton label="Close details" />
        </Dialog.Content>
      </Dialog.Root>,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close details' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})
