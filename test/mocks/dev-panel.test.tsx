import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { DevPanel, mountDevPanel } from '@/mocks/dev-panel'
import { configureMockBackend } from '@/mocks/node'
import { mockSettings } from '@/mocks/settings/settings-store'
import { storageKey } from '@/mocks/settings/stored-settings'

const stored = () =>
  JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>

afterEach(() => {
  localStorage.clear()
  document.getElementById('callboard-mock-panel')?.remove()
})

describe('the mock backend’s dev panel', () => {
  it('dials in failures at once and remembers them', async () => {
    const user = userEvent.setup()
    render(<DevPanel />)
    await user.click(screen.getByRole('button', { name: 'Mock backend settings' }))
    const dialog = await screen.findByRole('dialog', { name: 'Mock backend settings' })
    fireEvent.change(screen.getByLabelText(/Failure rate/), { target: { value: '40' } })
    expect(mockSettings().failureRate).toBe(0.4)
    expect(stored()).toMatchObject({ failureRate: 0.4 })
    await user.selectOptions(screen.getByLabelText('Failures are'), 'Network error')
    expect(mockSettings().failure).toBe('network')
    await user.click(screen.getByRole('checkbox', { name: /Never answer/ }))
    expect(mockSettings().hang).toBe(true)
    await user.keyboard('{Escape}')
    expect(dialog).not.toBeInTheDocument()
  })

  it('changes the latency range', async () => {
    const user = userEvent.setup()
    render(<DevPanel />)
    await user.click(screen.getByRole('button', { name: 'Mock backend settings' }))
    fireEvent.change(await screen.findByLabelText('Maximum latency (ms)'), {
      target: { value: '900' },
    })
    fireEvent.change(screen.getByLabelText('Minimum latency (ms)'), {
      target: { value: '200' },
    })
    expect(mockSettings().latency).toEqual({ min: 200, max: 900 })
    expect(stored()).toMatchObject({ latency: { min: 200, max: 900 } })
  })

  it('keeps the range in order: a bound past the other moves it too; nonsense is 0', async () => {
    const user = userEvent.setup()
    render(<DevPanel />)
    await user.click(screen.getByRole('button', { name: 'Mock backend settings' }))
    const min = await screen.findByLabelText('Minimum latency (ms)')
    const max = screen.getByLabelText('Maximum latency (ms)')
    fireEvent.change(max, { target: { value: '300' } })
    fireEvent.change(min, { target: { value: '800' } })
    expect(mockSettings().latency).toEqual({ min: 800, max: 800 })
    fireEvent.change(max, { target: { value: '100' } })
    expect(mockSettings().latency).toEqual({ min: 100, max: 100 })
    fireEvent.change(min, { target: { value: '-5' } })
    expect(mockSettings().latency).toEqual({ min: 0, max: 100 })
  })

  it('keeps a new data-set size for the next load', async () => {
    const user = userEvent.setup()
    render(<DevPanel />)
    await user.click(screen.getByRole('button', { name: 'Mock backend settings' }))
    expect(screen.getByRole('button', { name: 'Applied' })).toBeDisabled()
    await user.selectOptions(await screen.findByLabelText('Calls'), '100,000')
    expect(stored()).toMatchObject({ calls: 100_000 })
    expect(mockSettings().calls).toBe(1500)
    expect(screen.getByRole('button', { name: 'Reload to apply' })).toBeEnabled()
  })

  it('mounts once, and not at all when the settings hide it', () => {
    mountDevPanel()
    mountDevPanel()
    expect(document.querySelectorAll('#callboard-mock-panel')).toHaveLength(1)
    document.getElementById('callboard-mock-panel')?.remove()
    configureMockBackend({ panel: false })
    mountDevPanel()
    expect(document.getElementById('callboard-mock-panel')).toBeNull()
  })
})
