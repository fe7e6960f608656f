// Issue 14, Minor 6: a chat-shop KPI preset beside the hotline one, with targets the shop sets.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CHAT_KPI_RULES } from '../../../src/shared/domain/stats/chat-kpi'
import { initI18n } from '../../../src/renderer/i18n'
import { ChatKpiCalculator } from '../../../src/renderer/features/stats/ChatKpiCalculator'

describe('the chat-shop KPI', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('scores the month with its working and saves the shop’s targets', async () => {
    const onSave = vi.fn()
    render(<ChatKpiCalculator rules={DEFAULT_CHAT_KPI_RULES} onSave={onSave} />)
    expect(screen.getByTestId('chat-kpi-total')).toHaveTextContent('总分 100 / 100')
    await userEvent.clear(screen.getByLabelText('平均首次响应'))
    await userEvent.type(screen.getByLabelText('平均首次响应'), '40')
    await userEvent.tab()
    expect(screen.getByText('30 − 慢了 10 秒 × 1 分 = 30 − 10 = 20 分（最低 0 分）')).toBeInTheDocument()
    expect(screen.getByTestId('chat-kpi-total')).toHaveTextContent('总分 90 / 100')
    await userEvent.clear(screen.getByLabelText('转化率目标'))
    await userEvent.type(screen.getByLabelText('转化率目标'), '25')
    await userEvent.click(within(screen.getByTestId('chat-kpi')).getByRole('button', { name: /保存目标/ }))
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_CHAT_KPI_RULES, conversion: { ...DEFAULT_CHAT_KPI_RULES.conversion, target: 0.25 } })
  })
})
