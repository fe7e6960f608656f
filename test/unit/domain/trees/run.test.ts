import { describe, expect, it } from 'vitest'
import { chooseOption, currentStep, goBack, missingInputs, restart, runPath, startRun, type TreeRun } from '../../../../src/shared/domain'
import { sampleTree } from './fixtures'

const inputs = { customer: '小明', orderNo: '3141592653' }

function nodeIdOf(run: TreeRun): string {
  return currentStep(run).node.id
}

describe('tree runs', () => {
  it('starts at the root with the tree inputs, trimmed, and drops blanks and unknown keys', () => {
    const run = startRun(sampleTree(), { customer: ' 小明 ', orderNo: '3141592653', purchaseDate: '  ', stray: 'x' })
    expect(run.inputs).toEqual({ customer: '小明', orderNo: '3141592653' })
    expect(run.choices).toEqual([])
    expect(nodeIdOf(run)).toBe('status')
  })

  it('lists required inputs that are still blank', () => {
    expect(missingInputs(sampleTree(), { customer: ' ', purchaseDate: '2026-01-05' })).toEqual(['customer', 'orderNo'])
    expect(missingInputs(sampleTree(), inputs)).toEqual([])
  })

  it('choosing options walks down and records the breadcrumb', () => {
    let run = startRun(sampleTree(), inputs)
    run = chooseOption(run, 1)
    run = chooseOption(run, 0)
    expect(nodeIdOf(run)).toBe('failed')
    expect(runPath(run)).toEqual([
      { nodeId: 'status', question: '订单状态？', answer: '已付款' },
      { nodeId: 'backoffice', question: '充值状态？', answer: '充值失败' },
    ])
  })

  it('a choice that does not fit leaves the run unchanged', () => {
    const run = chooseOption(startRun(sampleTree(), inputs), 0)
    expect(nodeIdOf(run)).toBe('not-paid')
    expect(chooseOption(run, 0)).toBe(run) // an outcome has no options
    const atRoot = startRun(sampleTree(), inputs)
    expect(chooseOption(atRoot, 2)).toBe(atRoot) // key 3 with two options
    expect(chooseOption(atRoot, -1)).toBe(atRoot)
  })

  it('back undoes the last choice and does nothing at the root', () => {
    const start = startRun(sampleTree(), inputs)
    const deeper = chooseOption(chooseOption(start, 1), 0)
    const back = goBack(deeper)
    expect(nodeIdOf(back)).toBe('backoffice')
    expect(runPath(back)).toHaveLength(1)
    expect(goBack(start)).toBe(start)
  })

  it('restart returns to the first question and keeps the customer inputs', () => {
    const deeper = chooseOption(chooseOption(startRun(sampleTree(), inputs), 1), 1)
    const again = restart(deeper)
    expect(nodeIdOf(again)).toBe('status')
    expect(runPath(again)).toEqual([])
    expect(again.inputs).toEqual(inputs)
  })

  it('never changes the run it was given', () => {
    const start = startRun(sampleTree(), inputs)
    const snapshot = JSON.stringify(start)
    restart(goBack(chooseOption(chooseOption(start, 1), 0)))
    expect(JSON.stringify(start)).toBe(snapshot)
  })

  it('survives a JSON round trip and resumes where it was', () => {
    const run = chooseOption(chooseOption(startRun(sampleTree(), inputs), 1), 0)
    const revived = JSON.parse(JSON.stringify(run)) as TreeRun
    expect(revived).toEqual(run)
    expect(runPath(revived)).toEqual(runPath(run))
    const finished = chooseOption(revived, 1)
    expect(currentStep(finished)).toMatchObject({ kind: 'outcome', node: { id: 'refund' } })
    expect(nodeIdOf(goBack(finished))).toBe('failed')
  })

  it('a logged path that no longer fits its tree is followed as far as it goes', () => {
    const run: TreeRun = { ...startRun(sampleTree(), inputs), choices: [1, 5, 0] }
    expect(nodeIdOf(run)).toBe('backoffice')
    expect(runPath(run)).toHaveLength(1)
  })
})
