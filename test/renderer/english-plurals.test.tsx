// Issue 14, Minor 21: English counts use real plurals (i18next plural keys), Chinese stays one form;
// a label's colon is the language's own.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { initI18n } from '../../src/renderer/i18n'
import { HandoverItemCard } from '../../src/renderer/features/handover/HandoverItemCard'
import { handoverItem } from './helpers/handover-fixtures'

describe('counted sentences', () => {
  it('say "1 callback" and "2 callbacks" in English', () => {
    initI18n('en')
    expect(i18next.t('register.overdueCount', { count: 1 })).toBe('1 callback overdue')
    expect(i18next.t('register.overdueCount', { count: 2 })).toBe('2 callbacks overdue')
    expect(i18next.t('handover.takeOver.urgentFirst', { count: 1 })).toBe('The last shift handed you 1 urgent item. Take it over before anything else.')
    expect(i18next.t('presence.takeOverFirst', { count: 1 })).toContain('1 urgent handed-over item has')
  })

  it('keep one form in Chinese', () => {
    initI18n('zh-CN')
    expect(i18next.t('register.overdueCount', { count: 1 })).toMatch(/1/)
    expect(i18next.t('handover.takeOver.urgentFirst', { count: 1 })).toBe('上一班交给你 1 条紧急事项。逐条点「我来跟进」接手后，才能开始其他工作。')
  })
})

describe('labels', () => {
  it('end with an ASCII colon in English and a full-width one in Chinese', () => {
    initI18n('en')
    const { unmount } = render(<HandoverItemCard item={handoverItem({ situation: 'Refund waits for the warehouse' })} />)
    expect(screen.getByText(/^Situation:$/)).toBeInTheDocument()
    expect(document.body.textContent).not.toContain('：')
    unmount()
    initI18n('zh-CN')
    render(<HandoverItemCard item={handoverItem({ situation: '等仓库确认' })} />)
    expect(screen.getByText('情况：')).toBeInTheDocument()
  })
})
