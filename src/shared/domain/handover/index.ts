// The shift handover log (交接记录本): take-over order and handed-over cash.
export { canSkipTakeOver, compareForTakeOver, HANDOVER_URGENCIES, isHandoverOverdue, type HandoverUrgency, type TakeOverCandidate } from './take-over'
export { formatYuan, parseYuan } from './cash'
