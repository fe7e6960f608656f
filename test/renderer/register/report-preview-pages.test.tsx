// The report preview asks main for one page of a section at a time (issue 16, item 3.5): the
// table shows the section's full count, and turning a page fetches exactly that page.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { ReportPreviewSection } from '../../../src/shared/ipc/report'
import { ReportPanel } from '../../../src/renderer/features/register/report/ReportPanel'
import { initI18n } from '../../../src/renderer/i18n'
import { installFakeDesk } from '../helpers/fake-desk'

const ROWS = 25

function page(n: number): ReportPreviewSection {
  const rows = Array.from({ length: ROWS }, (_, i) => ({ question: `第${i + 1}个问题` })).slice(n * 10, n * 10 + 10)
  return { id: 'questions', title: '已解答的问题', summary: '', columns: [{ key: 'question', header: '问题' }], rows, rowCount: ROWS, page: n }
}

describe('the report preview', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('shows the first page with the full count and fetches another page from main when it is turned to', async () => {
    const desk = installFakeDesk({
      'report:preview': () => ({ title: '客服工作报告', subtitle: '小美', period: '2026-11-16 至 2026-11-22', sections: [page(0)] }),
      'report:previewPage': (input: { section: string; page: number }) => page(input.page),
    })
    render(
      <AntApp>
        <ReportPanel />
      </AntApp>,
    )
    const section = await screen.findByRole('region', { name: '已解答的问题' })
    expect(await within(section).findByText('第1个问题')).toBeInTheDocument()
    await userEvent.click(within(section).getByTitle('3'))
    expect(await within(section).findByText('第21个问题')).toBeInTheDocument()
    expect(within(section).queryByText('第1个问题')).toBeNull()
    const asked = desk.calls.filter((c) => c.channel === 'report:previewPage').map((c) => c.input as { section: string; page: number })
    expect(asked).toEqual([expect.objectContaining({ section: 'questions', page: 2 })])
  })
})

describe('the report period', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('goes to main as calendar keys and shows the label main computed (issue 15, finding 5)', async () => {
    const desk = installFakeDesk({
      'report:preview': () => ({ title: '客服工作报告', subtitle: '小美', period: '2026-11-16 至 2026-11-22', sections: [] }),
    })
    render(
      <AntApp>
        <ReportPanel />
      </AntApp>,
    )
    expect(await screen.findByText('2026-11-16 至 2026-11-22')).toBeInTheDocument()
    const [asked] = desk.calls.filter((c) => c.channel === 'report:preview').map((c) => c.input as { period: unknown })
    expect(asked?.period).toEqual({ span: 'week', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
  })
})
