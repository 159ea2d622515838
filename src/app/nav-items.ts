import { ChartColumn, BookOpenText, MessageSquareText, PhoneCall } from 'lucide-react'

/** The four sections, in the order the header shows them. */
export const navItems = [
  { to: '/calls', label: 'Activity Log', icon: PhoneCall },
  { to: '/texts', label: 'Text Log', icon: MessageSquareText },
  { to: '/insights', label: 'Insights', icon: ChartColumn },
  { to: '/statuses', label: 'Statuses', icon: BookOpenText },
] as const
