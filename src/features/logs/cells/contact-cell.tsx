import { clip } from '@/lib/format'
import { PhoneText } from './phone-text'
import { TwoLine } from './two-line'

type ContactCellProps = { contact: { name: string | null; number: string } }

/**
 * Name and number. Names are data: shown as text whatever they contain, and
 * isolated (<bdi>) so a right-to-left mark in one cannot reorder what follows.
 */
export function ContactCell({ contact }: ContactCellProps) {
  return (
    <TwoLine
      primary={
        contact.name ? (
          <bdi title={clip(contact.name)}>{contact.name}</bdi>
        ) : (
          <span className="font-normal text-muted italic">Unknown contact</span>
        )
      }
      secondary={<PhoneText number={contact.number} />}
    />
  )
}
