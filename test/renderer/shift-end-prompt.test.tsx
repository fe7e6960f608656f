// Issue 14, Minor 4: once the handover is submitted, the shift-end prompt says so and offers 下线.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HandoverRecord } from '../../src/shared/contract'
import { initI18n } from '../../src/renderer/i18n'
import { ShiftEndPrompt } from '../../src/renderer/features/presence/ShiftEndPrompt'

const at = (h: number, m: number) => new Date(2026, 11, 6, h, m).getTime()
const record: HandoverRecord = { id: 'r1', authorName: '小美', shiftId: 'day', shiftDate: '2026-12-06', notes: '', cashCents: null, itemCount: null, createdAt: at(16, 0), submittedAt: at(16, 25), handedOver: 1 }

describe('the shift-end prompt', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('asks for the handover while none is submitted', () => {
    render(<ShiftEndPrompt prompt={{ shiftId: 'day', endsAt: at(16, 30) }} submitted={null} onHandover={vi.fn()} onOffline={vi.fn()} onExtend={vi.fn()} />)
    expect(screen.getByRole('button', { name: '写交接并下线' })).toBeInTheDocument()
  })

  it('says the handover is done and offers only to go offline once it is', async () => {
    const onOffline = vi.fn()
    const onHandover = vi.fn()
    render(<ShiftEndPrompt prompt={{ shiftId: 'day', endsAt: at(16, 30) }} submitted={record} onHandover={onHandover} onOffline={onOffline} onExtend={vi.fn()} />)
    expect(screen.getByText('交接记录已在 16:25 提交。可以下线了。')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '写交接并下线' })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /^下\s?线$/ }))
    expect(onOffline).toHaveBeenCalledOnce()
    expect(onHandover).not.toHaveBeenCalled()
  })
})
