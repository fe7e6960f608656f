import { render as renderDom, screen } from '@testing-library/react'
import { ConfigProvider } from 'antd'
import type { ReactNode } from 'react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TranscriptCheck } from '../../../src/renderer/features/stats/TranscriptCheck'
import { initI18n } from '../../../src/renderer/i18n'

// As in the app: no space pushed between the two characters of a Chinese button label.
const render = (ui: ReactNode) => renderDom(<ConfigProvider button={{ autoInsertSpace: false }}>{ui}</ConfigProvider>)

const paste = async (text: string) => {
  const box = screen.getByLabelText('聊天记录')
  await userEvent.clear(box)
  box.focus()
  await userEvent.paste(text)
}

describe('checking a pasted conversation', () => {
  beforeEach(() => {
    initI18n('zh-CN')
  })

  it('explains text it cannot read, naming the line, and adds nothing', async () => {
    const onAdd = vi.fn(async () => true)
    render(<TranscriptCheck accounts={['小美']} onAdd={onAdd} />)
    await paste('\n你好 在吗\n在的')
    expect(screen.getByTestId('transcript-error')).toHaveTextContent('第 2 行看不出是聊天记录（“你好 在吗”）')
    await paste('买家tom: 在吗\n小美: 在的\n买家jerry: 我也问一下')
    expect(screen.getByTestId('transcript-error')).toHaveTextContent('第 3 行出现了第二位顾客「买家jerry」（前面是「买家tom」）')
    expect(onAdd).not.toHaveBeenCalled()
  })

  it('lets the agent say which sender is them when the profile lists no chat account, then judges the conversation', async () => {
    const onAdd = vi.fn(async () => true)
    render(<TranscriptCheck accounts={[]} onAdd={onAdd} />)
    await paste('买家tom: 到账了吗\n小美: 已到账\n买家tom: 好的谢谢！')
    expect(screen.getByTestId('transcript-error')).toHaveTextContent('你的档案里还没有填写旺旺账号')
    await userEvent.click(screen.getByRole('button', { name: '小美' }))
    expect(screen.getByTestId('transcript-verdict')).toHaveTextContent('算作有效回复')
    expect(screen.getByTestId('transcript-verdict')).toHaveTextContent('顾客最后说了谢谢')
  })

  it('adds the verdict to the tally with Ctrl+Enter, with the customer and a sale if ticked, then clears the box', async () => {
    const onAdd = vi.fn(async () => true)
    render(<TranscriptCheck accounts={['小美']} onAdd={onAdd} />)
    await paste('买家tom 2026-11-22 14:03:12\n这个有货吗\n小美 2026-11-22 14:03:30\n有的亲，今天下单今天发')
    await userEvent.click(screen.getByRole('checkbox', { name: /这位顾客下单了/ }))
    screen.getByLabelText('聊天记录').focus()
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    expect(onAdd).toHaveBeenCalledWith({ outcome: 'effective', converted: true, customer: '买家tom' })
    expect(screen.getByLabelText('聊天记录')).toHaveValue('')
  })

  it('suggests a transfer after more than 20 customer messages', async () => {
    const onAdd = vi.fn(async () => true)
    render(<TranscriptCheck accounts={['小美']} onAdd={onAdd} />)
    const lines = [...Array.from({ length: 21 }, (_, i) => `买家tom: 问题${i}`), '小美: 好的']
    await paste(lines.join('\n'))
    expect(screen.getByText(/已发了 21 条消息/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: '记为转接' }))
    expect(onAdd).toHaveBeenCalledWith({ outcome: 'transferred', converted: false, customer: '买家tom' })
  })

  it("says the shop's transfer rule on screen and judges a transfer by it", async () => {
    const onAdd = vi.fn(async () => true)
    render(<TranscriptCheck accounts={['小美']} rule={{ transferAfter: 5 }} onAdd={onAdd} />)
    expect(screen.getByTestId('transcript-pay-rule')).toHaveTextContent('转接要在顾客发了超过 5 条消息之后才算有效')
    const questions = (n: number) => Array.from({ length: n }, (_, i) => `买家tom: 问题${i}`)
    await paste([...questions(3), '小美: 稍等', '买家tom: 还要等多久', '系统消息: 会话已转交给 专职小王'].join('\n'))
    expect(screen.getByTestId('transcript-verdict')).toHaveTextContent('不算有效回复')
    expect(screen.getByTestId('transcript-early-transfer')).toHaveTextContent('按规则转接不算')
    await paste([...questions(5), '小美: 稍等', '买家tom: 还要等多久', '系统消息: 会话已转交给 专职小王'].join('\n'))
    // 6 > 5: the transfer counts, whatever the last message.
    expect(screen.getByTestId('transcript-verdict')).toHaveTextContent('算作有效回复')
  })
})
