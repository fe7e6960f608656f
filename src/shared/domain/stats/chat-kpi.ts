// The chat-shop KPI (网店客服): for agents who answer Taobao/Tmall customers in Qianniu rather than
// a phone line. Three items the shops measure — average first-response time, conversion rate and
// effective-answer rate — each with a target, full points and points lost per unit missed. The
// numbers are the shop's own (a setting); these defaults are a starting point, not a handbook rule.

export type ChatKpiRules = {
  /** Average first response, in seconds: full points at or under the target, then points lost per second over it. */
  response: { targetSeconds: number; points: number; pointsPerSecondOver: number }
  /** Converted / served, a fraction; points lost per percentage point below. */
  conversion: { target: number; points: number; pointsPerUnitBelow: number }
  /** Effective answers / served, a fraction; points lost per percentage point below. */
  effective: { target: number; points: number; pointsPerUnitBelow: number }
}

export const DEFAULT_CHAT_KPI_RULES: ChatKpiRules = {
  response: { targetSeconds: 30, points: 30, pointsPerSecondOver: 1 },
  conversion: { target: 0.3, points: 40, pointsPerUnitBelow: 2 },
  effective: { target: 0.9, points: 30, pointsPerUnitBelow: 1 },
}

export type ChatKpiInput = { responseSeconds: number; conversion: number; effective: number }

export type ChatKpiLine = {
  item: 'response' | 'conversion' | 'effective'
  actual: number
  target: number
  /** How far from the target, in seconds (response) or percentage points (rates); 0 when met. */
  miss: number
  perUnit: number
  fullPoints: number
  points: number
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits

function scored(item: ChatKpiLine['item'], actual: number, target: number, miss: number, perUnit: number, fullPoints: number): ChatKpiLine {
  const shortfall = round(Math.max(0, miss), 4)
  return { item, actual, target, miss: shortfall, perUnit, fullPoints, points: round(Math.max(0, fullPoints - shortfall * perUnit), 2) }
}

export function chatKpiWorking(input: ChatKpiInput, rules: ChatKpiRules = DEFAULT_CHAT_KPI_RULES): { lines: readonly [ChatKpiLine, ChatKpiLine, ChatKpiLine]; total: number; fullTotal: number } {
  const lines = [
    scored('response', input.responseSeconds, rules.response.targetSeconds, input.responseSeconds - rules.response.targetSeconds, rules.response.pointsPerSecondOver, rules.response.points),
    scored('conversion', input.conversion, rules.conversion.target, (rules.conversion.target - input.conversion) * 100, rules.conversion.pointsPerUnitBelow, rules.conversion.points),
    scored('effective', input.effective, rules.effective.target, (rules.effective.target - input.effective) * 100, rules.effective.pointsPerUnitBelow, rules.effective.points),
  ] as const
  return { lines, total: round(lines.reduce((sum, l) => sum + l.points, 0), 2), fullTotal: rules.response.points + rules.conversion.points + rules.effective.points }
}
