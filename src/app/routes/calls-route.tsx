import { ActivityLog } from '@/features/logs/activity-log-page'
import { LogRoute } from './log-route'

export const CallsRoute = () => <LogRoute kind="calls" log={ActivityLog} />
