// Issue 14, Minor 13: an empty confirm-PIN gives one message, and the add-profile form can be cancelled.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import { ProfileForm } from '../../src/renderer/features/profiles/ProfileForm'

describe('the profile form', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('says only that the repeated PIN is missing, and offers 取消', async () => {
    const onSubmit = vi.fn()
    const onCancel = vi.fn()
    const { container } = render(
      <AntApp>
        <ProfileForm submitLabel="保存" onSubmit={onSubmit} onCancel={onCancel} />
      </AntApp>,
    )
    await userEvent.type(screen.getByLabelText('你的称呼'), '阿强')
    await userEvent.type(screen.getByLabelText(/^PIN/), '2468')
    await userEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }))
    const again = (await screen.findByLabelText(/再输一次/)).closest('.ant-form-item') as HTMLElement
    expect(await within(again).findByText('请再输一次 PIN', { exact: false })).toBeInTheDocument()
    expect([...container.querySelectorAll('.ant-form-item-explain-error')].map((e) => e.textContent)).toHaveLength(1)
    expect(onSubmit).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: /^取\s?消$/ }))
    expect(onCancel).toHaveBeenCalledOnce()
  })
})
