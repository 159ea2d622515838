import { render, screen } from '@testing-library/react'
import { Info } from 'lucide-react'
import { describe, expect, it } from 'vitest'
import { GlossaryPanel } from '@/features/statuses/glossary-panel'

describe('GlossaryPanel', () => {
  it('is a section named by its heading, its intro under the title', () => {
    render(
      <GlossaryPanel title="How statuses are counted" intro="By outcome group.">
        <p>The table</p>
      </GlossaryPanel>,
    )
    const region = screen.getByRole('region', { name: 'How statuses are counted' })
    expect(region).toHaveTextContent('By outcome group.The table')
  })

  it('with an icon, is a note (an aside) named by its heading', () => {
    render(
      <GlossaryPanel icon={Info} title="The same word" intro="Two meanings.">
        <p>Words to watch</p>
      </GlossaryPanel>,
    )
    const note = screen.getByRole('complementary', { name: 'The same word' })
    expect(note).toHaveTextContent('Two meanings.Words to watch')
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1)
  })
})
