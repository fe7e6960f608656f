// Settings → Encryption at rest: the agent reads whether the data on disk is encrypted and what
// keeps the key, in Chinese and in English, from main's atRest:status channel.
import { render, screen } from '@testing-library/react'
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
