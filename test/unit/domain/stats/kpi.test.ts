import { describe, expect, it } from 'vitest'
import { DEFAULT_KPI_RULES, kpiWorking, scoreKpi, type KpiRules } from '../../../../src/shared/domain'

const perfect = { answerRate20s: 0.97, satisfaction: 0.9, qaScore: 90 }

describe('scoreKpi', () => {
  it('gives full points at every target', () => {
    expect(scoreKpi(perfect)).toEqual({ answerPoints: 40, satisfactionPoints: 30, qaPoints: 30, total: 100, deductionRate: 0 })
  })

  it('gives no more than full points above the targets', () => {
    expect(scoreKpi({ answerRate20s: 1, satisfaction: 0.99, qaScore: 100 }).total).toBe(100)
  })

  it('takes 2 points per percentage point of answer rate below target, exactly', () => {
    expect(scoreKpi({ ...perfect, answerRate20s: 0.96 }).answerPoints).toBe(38)
    expect(scoreKpi({ ...perfect, answerRate20s: 0.955 }).answerPoints).toBe(37)
  })

  it('takes 1 point per percentage point of satisfaction and per QA point below target', () => {
    const r = scoreKpi({ ...perfect, satisfaction: 0.85, qaScore: 87.5 })
    expect(r).toMatchObject({ satisfactionPoints: 25, qaPoints: 27.5, total: 92.5, deductionRate: 0 })
  })

  it('counts missing satisfaction data as full points', () => {
    expect(scoreKpi({ ...perfect, satisfaction: null }).satisfactionPoints).toBe(30)
  })

  it('never scores an item below zero', () => {
    expect(scoreKpi({ answerRate20s: 0.5, satisfaction: 0.2, qaScore: 10 })).toEqual({
      answerPoints: 0,
      satisfactionPoints: 0,
      qaPoints: 0,
      total: 0,
      deductionRate: 0.2,
    })
  })

  it('deducts 20% of the fee below 80 points, not at 80', () => {
    expect(scoreKpi({ answerRate20s: 0.87, satisfaction: 0.9, qaScore: 90 })).toMatchObject({ total: 80, deductionRate: 0 })
    expect(scoreKpi({ answerRate20s: 0.865, satisfaction: 0.9, qaScore: 90 })).toMatchObject({ total: 79, deductionRate: 0.2 })
  })

  it('follows the shop own rules', () => {
    const rules: KpiRules = { ...DEFAULT_KPI_RULES, answerRate: { target: 0.9, points: 50, pointsPerUnitBelow: 5 }, deductionThreshold: 95, deductionRate: 0.1 }
    expect(scoreKpi({ ...perfect, answerRate20s: 0.89 }, rules)).toMatchObject({ answerPoints: 45, total: 105, deductionRate: 0 })
    expect(scoreKpi({ ...perfect, answerRate20s: 0.8 }, rules)).toMatchObject({ answerPoints: 0, total: 60, deductionRate: 0.1 })
  })
})

describe('kpiWorking', () => {
  it('shows each item with its actual, target, shortfall and points', () => {
    const w = kpiWorking({ answerRate20s: 0.96, satisfaction: null, qaScore: 88 })
    expect(w.lines).toEqual([
      { item: 'answerRate', actual: 0.96, target: 0.97, unit: 'percentage-point', shortfall: 1, pointsPerUnitBelow: 2, fullPoints: 40, points: 38 },
      { item: 'satisfaction', actual: null, target: 0.9, unit: 'percentage-point', shortfall: 0, pointsPerUnitBelow: 1, fullPoints: 30, points: 30 },
      { item: 'qa', actual: 88, target: 90, unit: 'qa-point', shortfall: 2, pointsPerUnitBelow: 1, fullPoints: 30, points: 28 },
    ])
    expect(w.total).toBe(96)
  })

  it('applies the handbook bonus formula and says when it pays nothing or costs money', () => {
    expect(kpiWorking(perfect).bonus).toEqual({ base: 1000, amount: 0, sign: 'zero' })
    expect(kpiWorking({ ...perfect, qaScore: 87.5 }).bonus).toEqual({ base: 1000, amount: -25, sign: 'negative' })
    const generous: KpiRules = { ...DEFAULT_KPI_RULES, qa: { target: 90, points: 40, pointsPerUnitBelow: 1 } }
    expect(kpiWorking(perfect, generous).bonus).toEqual({ base: 1000, amount: 100, sign: 'positive' })
  })

  it('shows whether the under-80 deduction applies', () => {
    expect(kpiWorking(perfect).deduction).toEqual({ threshold: 80, rate: 0.2, applies: false })
    expect(kpiWorking({ ...perfect, qaScore: 60 }).deduction).toEqual({ threshold: 80, rate: 0.2, applies: true })
  })
})
