import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Info } from 'lucide-react'
import { describe, expect, it, vi } from 'vitest'
import { WarningNotice } from '@/components/warning-notice'

describe('WarningNotice', () => {
  it('says its words politely and can be dismissed', async () => {
    const onDismiss = vi.fn()
    render(
      <WarningNotice icon={Info} onDismiss={onDismiss}>
        Some settings were ignored
      </WarningNotice>,
    )
    expect(screen.getByRole('status')).toHaveTextContent('Some settings were ignored')
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss notice' }))
    expect(onDismiss).toHaveBeenCalledOnce()
  })

  it('has no dismiss button when it cannot be put away', () => {
    render(<WarningNotice icon={Info}>3 calls could not be read</WarningNotice>)
    expect(screen.getByRole('status')).toHaveTextContent('3 calls could not be read')
    expect(screen.queryByRole('button')).toBeNull()
  })
})
