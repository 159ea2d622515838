import { clip } from '@/lib/format'
import { PhoneText } from './phone-text'
import { TwoLine } from './two-line'

type ContactCellProps = {
  contact: { name: string | null; number: string }
  /** Show the number only on tables narrower than this (the Text Log's From/To say it wider). */
  numberBelow?: 1280
}

// The table's width (a container query), not the window's: the record's panel narrows it.
const numberHidden = { 1280: '@min-[80rem]:hidden' } as const

/**
 * Name and number. Names are data: shown as text whatever they contain, and
 * isolated (<bdi>) so a right-to-left mark in one cannot reorder what follows.
 */
export function ContactCell({ contact, numberBelow }: ContactCellProps) {
  return (
    <TwoLine
      primary={
        contact.name ? (
          <bdi title={clip(contact.name)}>{contact.name}</bdi>
        ) : (
          <span className="font-normal text-muted italic">Unknown contact</span>
        )
      }
      secondary={
        <span className={numberBelow ? numberHidden[numberBelow] : undefined}>
          <PhoneText number={contact.number} />
        </span>
      }
    />
  )
}
