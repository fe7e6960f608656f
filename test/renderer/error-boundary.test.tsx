// A panel that throws is replaced by a warning that says what to do, and "try again" renders it anew.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../src/renderer/features/shell/ErrorBoundary'
import { initI18n } from '../../src/renderer/i18n'
import zhCN from '../../src/renderer/i18n/zh-CN.json'

let broken = true
function Panel() {
  if (broken) throw new Error('panel bug')
  return <p>面板内容</p>
}

describe('a crashed panel', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })

  it('shows the warning and comes back on retry', async () => {
    broken = true
    render(
      <ErrorBoundary>
        <Panel />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(zhCN.errors.boundaryTitle)
    broken = false
    await userEvent.click(screen.getByRole('button', { name: zhCN.errors.boundaryRetry }))
    expect(screen.getByText('面板内容')).toBeInTheDocument()
  })
})
