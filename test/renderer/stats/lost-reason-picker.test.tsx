// The lost-deal reason picker is driven from the keyboard: a digit picks and saves at once,
// arrows and Enter save the highlighted reason with the note, Esc closes without saving.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_LOST_REASONS } from '../../../src/shared/domain/stats'
import type { Tally } from '../../../src/shared/ipc/stats'
import { LostReasonPicker } from '../../../src/renderer/features/stats/LostReasonPicker'
import { usePanelKeys } from '../../../src/renderer/features/stats/usePanelKeys'
import { initI18n } from '../../../src/renderer/i18n'

const tally: Tally = {
  id: 't1',
  at: new Date(2026, 11, 7, 10, 5).getTime(),
  outcome: 'effective',
  converted: false,
  customer: '买家tom',
  shiftId: 'day',
  shiftDate: '2026-12-07',
  workDay: '2026-12-07',
  source: 'keypad',
  lostReason: null,
}

function open(onPick = vi.fn(async () => {}), onClose = vi.fn(), given: Tally = tally) {
  render(
    <App>
      <LostReasonPicker tally={given} reasons={DEFAULT_LOST_REASONS} onPick={onPick} onClose={onClose} />
    </App>,
  )
  return { onPick, onClose, list: screen.getByRole('listbox', { name: '未成交原因' }) }
}

describe('the lost-deal reason picker', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('offers the shop’s reasons, each with its digit, and focuses the list', async () => {
    const { list } = open()
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['1价格', '2运费', '3库存/尺码', '4比价中', '5犹豫', '6质量顾虑', '7发货时间', '8其他'])
    expect(screen.getByText('10:05 接待的顾客：买家tom')).toBeInTheDocument()
    await waitFor(() => expect(list).toHaveFocus())
  })

  it('saves the reason of a digit key at once', () => {
    const { onPick, list } = open()
    fireEvent.keyDown(list, { key: '4', code: 'Digit4' })
    expect(onPick).toHaveBeenCalledWith('comparing', '')
  })

  it('moves with the arrows and saves the highlighted reason with the note on Enter', async () => {
    const { onPick, list } = open()
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    fireEvent.keyDown(list, { key: 'ArrowUp' })
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true')
    await userEvent.type(screen.getByLabelText(/备注/), '偏远地区运费贵{Enter}')
    expect(onPick).toHaveBeenCalledWith('shipping-fee', '偏远地区运费贵')
    // Digits typed into the note are text, not picks.
    expect(onPick).toHaveBeenCalledTimes(1)
  })

  it('wraps around from the first reason to the last', () => {
    const { onPick, list } = open()
    fireEvent.keyDown(list, { key: 'ArrowUp' })
    fireEvent.keyDown(list, { key: 'Enter' })
    expect(onPick).toHaveBeenCalledWith('other', '')
  })

  it('closes on Esc without saving, and offers to clear a reason already given', async () => {
    const given = { ...tally, lostReason: { id: 'price', label: '价格', note: '嫌贵' } }
    const { onPick, onClose, list } = open(undefined, undefined, given)
    expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByLabelText(/备注/)).toHaveValue('嫌贵')
    await userEvent.click(screen.getByTestId('lost-reason-clear'))
    expect(onPick).toHaveBeenCalledWith(null, '嫌贵')
    fireEvent.keyDown(list, { key: 'Escape', code: 'Escape' })
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(onPick).toHaveBeenCalledTimes(1)
  })

  it('reads the default reasons in English for an English-speaking agent, and a shop’s own wording as written', () => {
    initI18n('en')
    render(
      <LostReasonPicker tally={tally} reasons={[DEFAULT_LOST_REASONS[0]!, { id: 'stock-size', label: '缺码' }]} onPick={vi.fn(async () => {})} onClose={vi.fn()} />,
    )
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['1Price', '2缺码'])
  })
})

function Panel({ onReason }: { onReason?: () => void }) {
  const onKeyDown = usePanelKeys(vi.fn(), vi.fn(), onReason)
  return <div data-testid="panel" tabIndex={-1} onKeyDown={onKeyDown} />
}

describe('the R key on the stats panel', () => {
  it('opens the picker when a reason is offered, and does nothing otherwise', () => {
    const onReason = vi.fn()
    const { unmount } = render(<Panel onReason={onReason} />)
    fireEvent.keyDown(screen.getByTestId('panel'), { key: 'r', code: 'KeyR' })
    fireEvent.keyDown(screen.getByTestId('panel'), { key: 'r', code: 'KeyR', ctrlKey: true })
    expect(onReason).toHaveBeenCalledTimes(1)
    unmount()
    render(<Panel />)
    expect(() => fireEvent.keyDown(screen.getByTestId('panel'), { key: 'r', code: 'KeyR' })).not.toThrow()
  })
})
