import { TextLog } from '@/features/logs/text-log-page'
import { LogRoute } from './log-route'

export const TextsRoute = () => <LogRoute kind="texts" log={TextLog} />
