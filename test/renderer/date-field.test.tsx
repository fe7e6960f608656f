// Issue 14, Major 2: every date field takes typed forms — the report's day, the search range and the
// presence log's day hear a date only once it is a whole one, and 12-6 or 昨天 become one on Enter.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import { DateField } from '../../src/renderer/lib/DateField'

const key = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

describe('the date field of filters', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('passes on whole dates only, normalising typed ones, and undefined when cleared', async () => {
    const onDate = vi.fn()
    render(<DateField past value="" onDate={onDate} aria-label="报告日期" />)
    const box = screen.getByLabelText('报告日期')
    await userEvent.type(box, '昨')
    expect(onDate).not.toHaveBeenCalled()
    await userEvent.type(box, '天{Enter}')
    const today = new Date()
    expect(onDate).toHaveBeenLastCalledWith(key(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1)))
    await userEvent.clear(box)
    expect(onDate).toHaveBeenLastCalledWith(undefined)
    await userEvent.type(box, '2026-11-20')
    expect(onDate).toHaveBeenLastCalledWith('2026-11-20')
  })
})
