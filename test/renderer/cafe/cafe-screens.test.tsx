// 网吧模式 in the renderer: the café sign-in says in words why a sign-in was refused and names the
// export it will import; the sign-out dialog says how many changes still wait for the server,
// keeps asking, and offers the export.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { ConfigProvider } from 'antd'
import { describe, expect, it } from 'vitest'
import type { StartupState } from '../../../src/shared/ipc/at-rest'
import type { CafeSignOutState } from '../../../src/shared/ipc/cafe'
import { initI18n } from '../../../src/renderer/i18n'
import { CafeSignInScreen } from '../../../src/renderer/features/cafe/CafeSignInScreen'
import { CafeSignOut } from '../../../src/renderer/features/cafe/CafeSignOut'
import { installFakeDesk } from '../helpers/fake-desk'

const refuse = (body: unknown) => {
  throw { body }
}

describe('café mode screens', () => {
  it('signs in with server, login and password; a refusal is a sentence, and a chosen export is named', async () => {
    initI18n('zh-CN')
    const states: StartupState[] = []
    let attempts = 0
    const desk = installFakeDesk({
      'cafe:chooseImport': () => ({ file: 'ShiftDesk-网吧-xiaomei-2026-12-07.sdcafe' }),
      'cafe:signIn': () => {
        attempts++
        if (attempts === 1) refuse({ code: 'forbidden', message: 'Wrong login or password.', params: { reason: 'wrong-password' } })
        return { state: 'opening', done: 0, total: 1, step: 'open' }
      },
    })
    render(
      <ConfigProvider button={{ autoInsertSpace: false }}>
        <CafeSignInScreen onState={(state) => states.push(state)} />
      </ConfigProvider>,
    )
    fireEvent.change(screen.getByLabelText('团队服务器地址'), { target: { value: 'https://team.example.cn' } })
    fireEvent.change(screen.getByLabelText('登录名'), { target: { value: 'xiaomei' } })
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'not her password' } })
    fireEvent.click(screen.getByRole('button', { name: '登录' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('登录名或密码不对，请再试一次。')
    fireEvent.click(screen.getByRole('button', { name: '导入上次导出的改动…' }))
    expect(await screen.findByTestId('cafe-import-file')).toHaveTextContent('登录时会导入：ShiftDesk-网吧-xiaomei-2026-12-07.sdcafe')
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'xiaomei password' } })
    // The first try's spinner may still be fading out of the button's name.
    fireEvent.click(screen.getByRole('button', { name: /登录$/ }))
    await act(async () => {
      await Promise.resolve()
    })
    expect(states).toEqual([{ state: 'opening', done: 0, total: 1, step: 'open' }])
    expect(desk.calls.filter((c) => c.channel === 'cafe:signIn').at(-1)?.input).toEqual({ serverUrl: 'https://team.example.cn', login: 'xiaomei', password: 'xiaomei password' })
  })

  it('says how many changes still wait, keeps asking, and offers to export them', async () => {
    initI18n('zh-CN')
    const answers: CafeSignOutState[] = [{ state: 'waiting', pending: 3 }, { state: 'waiting', pending: 2 }]
    const desk = installFakeDesk({})
    // After two answers main is still waiting for the server (as its 2 s wait would, without the wait).
    desk.invoke = async (channel, input) => {
      desk.calls.push({ channel, input })
      const answer = answers.shift()
      return answer ? { ok: true, value: answer } : new Promise<never>(() => undefined)
    }
    render(<CafeSignOut />)
    fireEvent.click(screen.getByRole('button', { name: '退出网吧' }))
    // 3, then 2 as the server takes one: the dialog follows main's count.
    expect(await screen.findByText('还有 2 条改动没有上传到团队服务器。')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '导出未上传的改动并退出' })).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '先不退出' }))
    const asked = desk.calls.filter((c) => c.channel === 'cafe:signOut')
    expect(asked[0]?.input).toEqual({ waitMs: 0 })
    expect(asked.length).toBeGreaterThanOrEqual(2)
  })
})
