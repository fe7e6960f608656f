import { describe, expect, it } from 'vitest'
import { automaticPlaceholderValues, chooseOption, currentStep, startRun, type TreeRun } from '../../../../src/shared/domain'
import { sampleTree } from './fixtures'

function walkTo(choices: number[], inputs: Record<string, string> = { customer: '小明', orderNo: '3141592653', purchaseDate: '2026-01-03' }): TreeRun {
  return choices.reduce(chooseOption, startRun(sampleTree(), inputs))
}

const automatic = automaticPlaceholderValues(new Date(2026, 0, 5, 9, 7), 'A017')

describe('currentStep', () => {
  it('shows a question as its node, without a script', () => {
    const step = currentStep(walkTo([1]))
    expect(step).toEqual({ kind: 'question', node: expect.objectContaining({ id: 'backoffice', text: '充值状态？' }) })
  })

  it('fills the outcome script from the entered inputs', () => {
    const step = currentStep(walkTo([1, 0, 0]))
    expect(step.kind === 'outcome' && step.script).toEqual({ text: '亲，您好！为小明重新充值订单3141592653。', missing: [] })
  })

  it('reports placeholders nobody filled, so the text is not copied with blanks', () => {
    const step = currentStep(walkTo([1, 0, 1]), automatic)
    expect(step.kind === 'outcome' && step.script).toEqual({ text: '亲，小明您好！订单3141592653将在{{date}}前退款。', missing: ['date'] })
  })

  it('fills the agent note and uses values the app passes in', () => {
    const step = currentStep(walkTo([1, 0, 1]), { ...automatic, date: '1月6日' })
    expect(step.kind === 'outcome' && step.script.text).toBe('亲，小明您好！订单3141592653将在1月6日前退款。')
    expect(step.kind === 'outcome' && step.next).toEqual({ text: '2026-01-05记入问题登记本', missing: [] })
  })

  it('what the agent entered wins over values passed in', () => {
    const step = currentStep(walkTo([1, 0, 0]), { customer: '旧名字' })
    expect(step.kind === 'outcome' && step.script.text).toContain('为小明重新充值')
  })

  it('an outcome without a note has none', () => {
    const step = currentStep(walkTo([0]))
    expect(step.kind === 'outcome' && 'next' in step).toBe(false)
  })

  it('prefills the follow-up with customer, order, purchase date, the path taken and the promise', () => {
    const step = currentStep(walkTo([1, 0, 1]), { ...automatic, date: '1月6日' })
    expect(step.kind === 'outcome' && step.actions).toEqual([
      { type: 'transfer', to: 'full-time-staff' },
      {
        type: 'follow-up',
        followUp: {
          customer: '小明',
          orderNo: '3141592653',
          purchaseDate: '2026-01-03',
          problem: '充值未到账 › 已付款 › 充值失败 › 退款',
          request: '退款',
          promise: '1月6日前退款',
          dueInDays: 1,
        },
      },
      { type: 'copy-remark', remark: { text: '顺丰,无,1月6日前退款,A017,2026-01-05 09:07', missing: [] } },
    ])
  })

  it('leaves out follow-up fields that were not entered', () => {
    const step = currentStep(walkTo([1, 0, 1], { customer: '小明', orderNo: '1' }))
    const followUp = step.kind === 'outcome' ? step.actions.find((a) => a.type === 'follow-up') : undefined
    expect(followUp).toMatchObject({ followUp: { customer: '小明', orderNo: '1' } })
    expect(followUp?.type === 'follow-up' && 'purchaseDate' in followUp.followUp).toBe(false)
  })

  it('an order remark waits for the agent id, time and blanks it needs', () => {
    const step = currentStep(walkTo([1, 0, 1]))
    const remark = step.kind === 'outcome' ? step.actions.find((a) => a.type === 'copy-remark') : undefined
    expect(remark).toEqual({ type: 'copy-remark', remark: { text: '顺丰,无,{{date}}前退款,{{agentId}},{{now}}', missing: ['date', 'agentId', 'now'] } })
  })

  it('a comma typed into a blank does not shift the remark fields', () => {
    const step = currentStep(walkTo([1, 0, 1]), { ...automatic, date: '周五,下午' })
    const remark = step.kind === 'outcome' ? step.actions.find((a) => a.type === 'copy-remark') : undefined
    expect(remark?.type === 'copy-remark' && remark.remark.text).toBe('顺丰,无,周五、下午前退款,A017,2026-01-05 09:07')
  })

  it('opens the carrier site named by the action', () => {
    const step = currentStep(walkTo([1, 1]))
    expect(step.kind === 'outcome' && step.actions).toEqual([
      { type: 'open-carrier-site', carrier: 'unicom', name: '中国联通', url: 'https://www.10010.com', hotline: '10010' },
    ])
  })
})
