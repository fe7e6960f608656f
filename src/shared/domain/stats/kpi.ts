// The hotline KPI (100 points) and its bonus and deduction. The handbook's worked examples
// contradict its own formula, so the rules are data the shop can change and the result comes
// with its working, line by line, for the agent to check.

/** Full points at or above `target`; below it `pointsPerUnitBelow` per unit of shortfall, never below 0. */
export type KpiItemRule = { target: number; points: number; pointsPerUnitBelow: number }

export type KpiRules = {
  /** Answered within 20 s / incoming; target a fraction, shortfall in percentage points. */
  answerRate: KpiItemRule
  /** Satisfied / (rated - abandoned); target a fraction, shortfall in percentage points. */
  satisfaction: KpiItemRule
  /** Quality-inspection score out of 100; shortfall in QA points. */
  qa: KpiItemRule
  /** Below this total, `deductionRate` of the fee is withheld. */
  deductionThreshold: number
  deductionRate: number
  /** CNY; the handbook's bonus is bonusBase x (total - 100)%. */
  bonusBase: number
}

export const DEFAULT_KPI_RULES: KpiRules = {
  answerRate: { target: 0.97, points: 40, pointsPerUnitBelow: 2 },
  satisfaction: { target: 0.9, points: 30, pointsPerUnitBelow: 1 },
  qa: { target: 90, points: 30, pointsPerUnitBelow: 1 },
  deductionThreshold: 80,
  deductionRate: 0.2,
  bonusBase: 1000,
}

export type KpiInput = { answerRate20s: number; satisfaction: number | null; qaScore: number }

export type KpiItem = 'answerRate' | 'satisfaction' | 'qa'

export type KpiLine = {
  item: KpiItem
  /** null: no survey data, which the handbook scores as full points. */
  actual: number | null
  target: number
  unit: 'percentage-point' | 'qa-point'
  /** In `unit`s; 0 at or above target. */
  shortfall: number
  pointsPerUnitBelow: number
  fullPoints: number
  points: number
}

export type KpiWorking = {
  /** Answer rate, satisfaction, QA, in that order. */
  lines: readonly [KpiLine, KpiLine, KpiLine]
  total: number
  /** Can be zero or negative: the formula pays nothing until a total above 100, which 100 points cannot reach. */
  bonus: { base: number; amount: number; sign: 'positive' | 'zero' | 'negative' }
  deduction: { threshold: number; rate: number; applies: boolean }
}

export type KpiScore = { answerPoints: number; satisfactionPoints: number; qaPoints: number; total: number; deductionRate: number }

export function kpiWorking(input: KpiInput, rules: KpiRules = DEFAULT_KPI_RULES): KpiWorking {
  const lines = [
    line('answerRate', input.answerRate20s, rules.answerRate, 'percentage-point'),
    line('satisfaction', input.satisfaction, rules.satisfaction, 'percentage-point'),
    line('qa', input.qaScore, rules.qa, 'qa-point'),
  ] as const
  const total = round(lines.reduce((sum, l) => sum + l.points, 0), 2)
  // Rounded to the fen; `+ 0` turns a -0 (from a tiny negative) into 0.
  const amount = Math.round((rules.bonusBase * 100 * (total - 100)) / 100) / 100 + 0
  return {
    lines,
    total,
    bonus: { base: rules.bonusBase, amount, sign: amount > 0 ? 'positive' : amount < 0 ? 'negative' : 'zero' },
    deduction: { threshold: rules.deductionThreshold, rate: rules.deductionRate, applies: total < rules.deductionThreshold },
  }
}

export function scoreKpi(input: KpiInput, rules: KpiRules = DEFAULT_KPI_RULES): KpiScore {
  const working = kpiWorking(input, rules)
  const [answer, satisfaction, qa] = working.lines
  return {
    answerPoints: answer.points,
    satisfactionPoints: satisfaction.points,
    qaPoints: qa.points,
    total: working.total,
    deductionRate: working.deduction.applies ? rules.deductionRate : 0,
  }
}

function line(item: KpiItem, actual: number | null, rule: KpiItemRule, unit: KpiLine['unit']): KpiLine {
  const unitsPerValue = unit === 'percentage-point' ? 100 : 1
  // Rounding the shortfall first removes float noise: (0.97 - 0.96) x 100 is 1.0000000000000009.
  const shortfall = actual === null ? 0 : Math.max(0, round((rule.target - actual) * unitsPerValue, 6))
  const points = Math.max(0, round(rule.points - shortfall * rule.pointsPerUnitBelow, 2))
  return { item, actual, target: rule.target, unit, shortfall, pointsPerUnitBelow: rule.pointsPerUnitBelow, fullPoints: rule.points, points }
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}
