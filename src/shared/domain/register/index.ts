// The issue register (问题登记本): entry limits, follow-up dates and urgency.
export { charCount, findOversize, REGISTER_LIMITS, type LimitedField, type Oversize } from './limits'
export { nextWorkingDayDue, parsePurchaseDate, parseTypedDate, type PurchaseDate, type TypedDate, type WorkingDays } from './dates'
export { parseTypedMoment, type TypedMoment } from './typed-moment'
export { reportSpan, type ReportSpan } from './period'
export { endOfLocalDay, FOLLOW_UP_STATUSES, followUpUrgency, type FollowUpStatus, type Urgency } from './urgency'
export { CHECK_STATES, type CheckState } from './after-sales-check'
