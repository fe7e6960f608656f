// Service statistics: effective answers, thank-yous, pay, the hotline KPI and transcript reading.
export {
  classifyConversation,
  DEFAULT_PAY_RULE,
  TRANSFER_SUGGESTED_AFTER,
  type ConversationClass,
  type ConversationReason,
  type Msg,
  type PayRule,
} from './conversation'
export { isPureThankYou } from './thank-you'
export {
  DEFAULT_KPI_RULES,
  kpiWorking,
  scoreKpi,
  type KpiInput,
  type KpiItem,
  type KpiItemRule,
  type KpiLine,
  type KpiRules,
  type KpiScore,
  type KpiWorking,
} from './kpi'
export { DEFAULT_PAY_RATES, estimatePay } from './pay'
export {
  parseTranscript,
  type ExpectedShape,
  type TranscriptError,
  type TranscriptFormat,
  type TranscriptMessage,
  type TranscriptResult,
} from './transcript'
export {
  addCounts,
  conversionRate,
  NO_TALLIES,
  outcomeForConversation,
  TALLY_OUTCOMES,
  tallyFlags,
  type TallyCounts,
  type TallyFlags,
  type TallyOutcome,
} from './tally'
export { attributeShift, OVERTIME_GRACE_MS, workDayBoundaryMinutes, workDayOf, workDaySpan } from './work-day'
export { periodHead, periodRange, STATS_PERIODS, type PeriodRange, type StatsPeriod } from './period'
export {
  DEFAULT_LOST_REASONS,
  MAX_LOST_NOTE,
  MAX_LOST_REASON_LABEL,
  MAX_LOST_REASONS,
  rankLostReasons,
  type LostDeal,
  type LostReason,
  type LostReasonRank,
} from './lost-reasons'
