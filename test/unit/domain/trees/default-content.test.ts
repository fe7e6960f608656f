// The default trees carry the shops' procedures: the steps the domain requires are checked by path.
import { describe, expect, it } from 'vitest'
import { chooseOption, currentStep, startRun, type StepAction, type Tree } from '../../../../src/shared/domain'
import { choicesFor, defaultTree } from './fixtures'

const inputs = { customer: '小明', orderNo: '3141592653', purchaseDate: '2026-01-03', returnAddress: '杭州市某路1号 张三 0571-0000000' }

function outcomeAt(tree: Tree, labels: string[]) {
  const run = choicesFor(tree, labels).reduce(chooseOption, startRun(tree, inputs))
  const step = currentStep(run, { date: '1月6日', agentId: 'A017', now: '2026-01-05 09:07' })
  if (step.kind !== 'outcome') throw new Error(`${labels.join(' › ')} ends at a question`)
  return step
}

const types = (actions: StepAction[]) => actions.map((a) => a.type)

describe('充值未到账', () => {
  const tree = defaultTree('topup-not-credited')

  it.each(['重新充值', '退款'])('a failed top-up the customer wants to %s goes to the full-time staff with a follow-up', (choice) => {
    const step = outcomeAt(tree, ['没到账', '已付款', '充值失败', choice])
    expect(types(step.actions)).toEqual(['transfer', 'follow-up'])
    const followUp = step.actions.find((a) => a.type === 'follow-up')
    expect(followUp?.type === 'follow-up' && followUp.followUp.problem).toBe(`充值未到账 › 没到账 › 已付款 › 充值失败 › ${choice}`)
    expect(step.script.text).toContain(choice === '退款' ? '退款' : '重新充值')
  })

  it('a failed top-up offers both re-top-up and refund before the customer chooses', () => {
    const step = outcomeAt(tree, ['没到账', '已付款', '充值失败', '还没选'])
    expect(step.script.text).toMatch(/重新充值[\s\S]*退款/)
  })

  it.each([
    ['中国移动', 'mobile', '10086'],
    ['中国联通', 'unicom', '10010'],
    ['中国电信', 'telecom', '10000'],
  ])('a successful top-up on %s is checked on that carrier site and hotline', (label, carrier, hotline) => {
    const step = outcomeAt(tree, ['没到账', '已付款', '充值成功', '还没向运营商核实', label])
    expect(step.actions).toMatchObject([{ type: 'open-carrier-site', carrier }])
    expect(step.script.text).toContain(hotline)
    expect(step.script.text).toContain('短信')
  })

  it('success that the customer disputes asks for a balance screenshot, then transfers', () => {
    const step = outcomeAt(tree, ['没到账', '已付款', '充值成功', '运营商也显示成功，顾客仍说没到账'])
    expect(step.script.text).toContain('余额')
    expect(step.script.text).toContain('截')
    expect(types(step.actions)).toEqual(['transfer', 'follow-up'])
  })

  it('an unpaid order explains the money is still in their own Alipay', () => {
    expect(outcomeAt(tree, ['没到账', '未付款']).script.text).toContain('支付宝')
  })

  it('a self-picked product gets the region and carrier reminder', () => {
    expect(outcomeAt(tree, ['自己拍的商品']).script.text).toMatch(/不能跨地区、跨运营商/)
  })
})

describe('售后处理', () => {
  const tree = defaultTree('after-sales')

  it('suspected bad-review extortion goes to the supervisor', () => {
    const step = outcomeAt(tree, ['以差评相要挟'])
    expect(step.actions[0]).toEqual({ type: 'transfer', to: 'supervisor' })
    expect(step.next?.text).toContain('截图')
  })

  it('an urgent order writes the wanted date into the order remark', () => {
    const step = outcomeAt(tree, ['发货和物流', '着急要货', '问过了'])
    expect(step.actions).toEqual([{ type: 'copy-remark', remark: { text: '无,无,顾客希望1月6日前收到、请优先发货,A017,2026-01-05 09:07', missing: [] } }])
  })

  it('a size exchange names the 7 days, who pays shipping, the return address and the reship', () => {
    const text = outcomeAt(tree, ['退换货和退款', '尺码不合适', '有货']).script.text
    expect(text).toContain('7天')
    expect(text).toContain('运费需要您承担')
    expect(text).toContain(inputs.returnAddress)
    expect(text).toContain('运单号')
  })

  it('a refund after shipping asks the customer to refuse the parcel', () => {
    expect(outcomeAt(tree, ['退换货和退款', '已发货想退款', '问过了，顾客坚持退款']).script.text).toContain('拒签')
  })

  it('a quality problem: we pay shipping both ways and handle within 1-2 days of receipt', () => {
    expect(outcomeAt(tree, ['退换货和退款', '质量问题', '照片确认有问题，顾客还没决定']).script.text).toContain('来回的运费都由我们承担')
    for (const choice of ['顾客选择退货', '顾客选择换货']) {
      const step = outcomeAt(tree, ['退换货和退款', '质量问题', choice])
      expect(step.script.text).toContain('1到2天')
      expect(types(step.actions)).toEqual(['follow-up'])
    }
  })

  it('our wrong item is reshipped and the customer shipping refunded by Alipay', () => {
    const text = outcomeAt(tree, ['退换货和退款', '发错了货', '核对后确实是我们发错了']).script.text
    expect(text).toContain('抱歉')
    expect(text).toContain('支付宝')
  })

  it('promised callbacks become follow-ups due the next day', () => {
    for (const labels of [
      ['发货和物流', '显示签收但没收到', '问过了，还是没找到'],
      ['发货和物流', '快递太慢'],
      ['发货和物流', '还没发货', '普通订单'],
    ]) {
      const followUp = outcomeAt(tree, labels).actions.find((a) => a.type === 'follow-up')
      expect(followUp?.type === 'follow-up' && followUp.followUp.dueInDays).toBe(1)
    }
  })

  it('sale-event orders are told the common ship date', () => {
    expect(outcomeAt(tree, ['发货和物流', '还没发货', '活动订单']).script.text).toContain('统一发货')
  })
})
