import { ChartColumn, BookOpenText, MessageSquareText, PhoneCall } from 'lucide-react'

/** The four sections, in the order the header shows them; the logs and charts share a time range. */
export const navItems = [
  { to: '/calls', label: 'Activity Log', icon: PhoneCall, keepsTimeRange: true },
  { to: '/texts', label: 'Text Log', icon: MessageSquareText, keepsTimeRange: true },
  { to: '/insights', label: 'Insights', icon: ChartColumn, keepsTimeRange: true },
  { to: '/statuses', label: 'Statuses', icon: BookOpenText, keepsTimeRange: false },
] as const
