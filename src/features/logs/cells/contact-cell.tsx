import { PhoneText } from './phone-text'
import { TwoLine } from './two-line'

type ContactCellProps = { contact: { name: string | null; number: string } }

/** Name and number; names are data, shown as text whatever they contain. */
export function ContactCell({ contact }: ContactCellProps) {
  return (
    <TwoLine
      primary={
        contact.name ? (
          <span title={contact.name}>{contact.name}</span>
        ) : (
          <span className="font-normal text-muted italic">Unknown contact</span>
        )
      }
      secondary={<PhoneText number={contact.number} />}
    />
  )
}
