// Issue 14, Minor 5: the transcript check quotes the line that decided its verdict.
import { render as renderDom, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ConfigProvider } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TranscriptCheck } from '../../../src/renderer/features/stats/TranscriptCheck'
import { initI18n } from '../../../src/renderer/i18n'

async function check(text: string) {
  renderDom(
    <ConfigProvider button={{ autoInsertSpace: false }}>
      <TranscriptCheck accounts={['小美']} onAdd={vi.fn(async () => true)} />
    </ConfigProvider>,
  )
  screen.getByLabelText('聊天记录').focus()
  await userEvent.paste(text)
}

describe('the transcript verdict', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('quotes the customer’s open question when it is not effective', async () => {
    await check('买家tom: 在吗\n小美: 在的亲\n买家tom: 能便宜点吗')
    expect(screen.getByTestId('transcript-deciding')).toHaveTextContent('决定结果的是这一句：买家tom 「能便宜点吗」')
  })

  it('quotes the agent’s last word when it is effective', async () => {
    await check('买家tom: 在吗\n小美: 在的亲，有什么可以帮您')
    expect(screen.getByTestId('transcript-deciding')).toHaveTextContent('小美 「在的亲，有什么可以帮您」')
  })
})
