// Settings → Encryption at rest: the agent reads whether the data on disk is encrypted and what
// keeps the key, in Chinese and in English, from main's atRest:status channel, and makes a recovery code.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { describe, expect, it } from 'vitest'
import type { AtRestStatus } from '../../src/shared/ipc/at-rest'
import { initI18n } from '../../src/renderer/i18n'
import { AtRestCard } from '../../src/renderer/features/settings/AtRestCard'
import { installFakeDesk } from './helpers/fake-desk'

function renderWith(status: AtRestStatus) {
  installFakeDesk({ 'atRest:status': () => status })
  return render(
    <AntApp>
      <AtRestCard />
    </AntApp>,
  )
}

describe('encryption at rest in Settings', () => {
  it('says in Chinese that the data is encrypted and the OS keystore keeps the key, and what that does not cover', async () => {
    initI18n('zh-CN')
    renderWith({ state: 'on', keptBy: 'os-keystore' })
    expect(await screen.findByTestId('at-rest-status')).toHaveTextContent('数据加密：已开启（由本机系统钥匙串保管）')
    expect(screen.getByText(/同一个系统账户登录后打开 ShiftDesk 仍能看到全部内容/)).toBeInTheDocument()
  })

  it('says in Chinese that it is off because the PC has no usable keystore', async () => {
    initI18n('zh-CN')
    renderWith({ state: 'off', reason: 'no-keystore' })
    expect(await screen.findByTestId('at-rest-status')).toHaveTextContent('数据加密：未开启：本机没有可用的系统钥匙串')
  })

  it('reads the same in English', async () => {
    initI18n('en')
    renderWith({ state: 'off', reason: 'no-keystore' })
    expect(await screen.findByTestId('at-rest-status')).toHaveTextContent('Encryption at rest: off: this PC has no usable OS keystore')
  })
})

describe('the recovery code in Settings', () => {
  const CODE = '7K2QD-M9X4T-0B8ZR-HV3PN-6WJYC'

  function renderOn(answers: Record<string, (input: never) => unknown> = {}) {
    const desk = installFakeDesk({ 'atRest:status': () => ({ state: 'on', keptBy: 'os-keystore' }), 'atRest:createRecoveryCode': () => ({ code: CODE }), ...answers })
    render(
      <AntApp>
        <AtRestCard />
      </AntApp>,
    )
    return desk
  }

  it('shows the new code once, in a dialog that says in Chinese to write it on paper, keep it away from the PC and that a new code replaces it', async () => {
    initI18n('zh-CN')
    const desk = renderOn()
    fireEvent.click(await screen.findByRole('button', { name: '生成恢复码' }))
    expect(await screen.findByTestId('recovery-code')).toHaveTextContent(CODE)
    const dialog = screen.getByRole('dialog')
    expect(dialog).toHaveTextContent('请把上面的恢复码抄在纸上，和电脑分开放好')
    expect(dialog).toHaveTextContent('recovery-code.txt')
    expect(dialog).toHaveTextContent('以后再生成新的恢复码，这一个就作废了')
    expect(within(dialog).getByRole('button', { name: /copy|复制/i })).toBeInTheDocument()
    expect(desk.calls.filter((c) => c.channel === 'atRest:createRecoveryCode')).toEqual([{ channel: 'atRest:createRecoveryCode', input: {} }])
    expect(within(dialog).getByRole('button', { name: '我已抄好' })).toBeInTheDocument()
  })

  it('reads the same in English, and offers no code while the data is plaintext', async () => {
    initI18n('en')
    renderOn()
    fireEvent.click(await screen.findByRole('button', { name: 'Create recovery code' }))
    expect(await screen.findByRole('dialog')).toHaveTextContent('Write this code on paper and keep it away from the PC.')
    cleanup()
    installFakeDesk({ 'atRest:status': () => ({ state: 'off', reason: 'no-keystore' }) })
    render(
      <AntApp>
        <AtRestCard />
      </AntApp>,
    )
    await screen.findByTestId('at-rest-status')
    expect(screen.queryByRole('button', { name: 'Create recovery code' })).not.toBeInTheDocument()
  })

  it("says in Chinese when only the PC's owner may make the code", async () => {
    initI18n('zh-CN')
    renderOn({
      'atRest:createRecoveryCode': () => {
        throw { body: { code: 'forbidden', message: "Only this PC's owner can change this.", params: { reason: 'pc-owner-only' } } }
      },
    })
    fireEvent.click(await screen.findByRole('button', { name: '生成恢复码' }))
    expect(await screen.findByTestId('recovery-code-failure')).toHaveTextContent('只有本机管理员可以修改这一项')
    expect(screen.queryByText(CODE)).not.toBeInTheDocument()
  })
})
