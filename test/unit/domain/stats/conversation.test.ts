import { describe, expect, it } from 'vitest'
import { classifyConversation, type Msg } from '../../../../src/shared/domain'

const customer = (text: string): Msg => ({ from: 'customer', text })
const agent = (text: string): Msg => ({ from: 'agent', text })
const transfer: Msg = { from: 'transfer' }

describe('classifyConversation', () => {
  it('customer hello, agent hello, customer leaves: effective', () => {
    expect(classifyConversation([customer('你好'), agent('您好，在的')])).toEqual({
      effective: true,
      reason: 'agent-last',
      thanked: false,
      customerMessages: 1,
      transferSuggested: false,
      transferred: false,
    })
  })

  it('a customer question left unanswered: not effective', () => {
    const r = classifyConversation([customer('你好'), agent('您好'), customer('可以充值吗？')])
    expect(r.effective).toBe(false)
    expect(r.reason).toBe('customer-last')
  })

  it('a closing thank-you needs no reply and is counted as thanked', () => {
    for (const thanks of ['谢谢亲😊', '好的谢谢！', 'thanks!', '多谢啦']) {
      const r = classifyConversation([customer('到账了吗'), agent('已到账'), customer(thanks)])
      expect(r, thanks).toMatchObject({ effective: true, reason: 'thanked', thanked: true })
    }
  })

  it('thanks followed by a new question is not a thank-you', () => {
    const r = classifyConversation([customer('到账了吗'), agent('在处理'), customer('谢谢，但是还没到账怎么办？')])
    expect(r).toMatchObject({ effective: false, reason: 'customer-last', thanked: false })
  })

  it('a thank-you the agent answered still marks the conversation as thanked', () => {
    expect(classifyConversation([customer('好的谢谢'), agent('不客气')])).toMatchObject({ reason: 'agent-last', thanked: true })
  })

  it('a customer message without text is an unanswered message', () => {
    expect(classifyConversation([agent('在的'), { from: 'customer' }])).toMatchObject({ effective: false, reason: 'customer-last' })
  })

  it('suggests a transfer after more than 20 customer messages, and counts the transfer as effective', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => customer(`问题 ${i}`))
    expect(classifyConversation([...many(20), agent('好的')]).transferSuggested).toBe(false)
    const long = [...many(21), agent('好的')]
    expect(classifyConversation(long)).toMatchObject({ customerMessages: 21, transferSuggested: true })
    expect(classifyConversation([...long, transfer])).toMatchObject({
      effective: true,
      reason: 'transferred',
      transferSuggested: false,
    })
  })

  it('an empty conversation is not effective', () => {
    expect(classifyConversation([])).toEqual({ effective: false, reason: 'empty', thanked: false, customerMessages: 0, transferSuggested: false, transferred: false })
  })

  it('counts a transfer only after more than the limit of customer messages; before that the last message decides', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => customer(`问题 ${i}`))
    expect(classifyConversation([...many(20), transfer])).toMatchObject({ effective: false, reason: 'customer-last', transferred: true, transferSuggested: false })
    expect(classifyConversation([...many(3), agent('我帮您转给专职同事'), transfer])).toMatchObject({ effective: true, reason: 'agent-last', transferred: true })
    expect(classifyConversation([...many(21), transfer])).toMatchObject({ effective: true, reason: 'transferred' })
    // A transfer early on does not count even if the customer goes on writing afterwards.
    expect(classifyConversation([...many(2), transfer, ...many(30)])).toMatchObject({ effective: false, reason: 'customer-last' })
  })

  it('reads the limit from the shop\'s setting', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => customer(`问题 ${i}`))
    expect(classifyConversation([...many(6), transfer], { transferAfter: 5 })).toMatchObject({ effective: true, reason: 'transferred' })
    expect(classifyConversation([...many(6), agent('好的')], { transferAfter: 5 })).toMatchObject({ transferSuggested: true })
    expect(classifyConversation([...many(6), transfer], { transferAfter: 10 })).toMatchObject({ effective: false, reason: 'customer-last' })
  })

  it("never takes the robot's answer for the agent's, nor a colleague's last word", () => {
    const robot: Msg = { from: 'robot', text: '亲，您可以点击下方链接查看物流' }
    expect(classifyConversation([customer('到哪了'), robot])).toMatchObject({ effective: false, reason: 'customer-last' })
    expect(classifyConversation([customer('到哪了'), agent('在路上了'), robot])).toMatchObject({ effective: true, reason: 'agent-last' })
    const colleague: Msg = { from: 'colleague', text: '我来跟进' }
    expect(classifyConversation([customer('到哪了'), agent('我问一下'), colleague])).toMatchObject({ effective: false, reason: 'colleague-last' })
  })
})
