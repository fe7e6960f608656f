// The start-up passphrase in the renderer: the unlock screen comes before the app (which is not
// even rendered), says what a wrong passphrase or a lockout means, shows the progress of opening,
// and then the app; Settings lets the PC owner set the passphrase, with main's strength refusals
// in words.
import { fireEvent, render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { describe, expect, it } from 'vitest'
import type { AtRestStatus, StartupState } from '../../src/shared/ipc/at-rest'
import { initI18n } from '../../src/renderer/i18n'
import { StartupGate } from '../../src/renderer/features/startup/StartupGate'
import { AtRestCard } from '../../src/renderer/features/settings/AtRestCard'
import { installFakeDesk } from './helpers/fake-desk'

const PASSPHRASE = '夜班小美的口令是蓝色月亮'
const refuse = (body: unknown) => {
  throw { body }
}

/** A main that wants PASSPHRASE, then reports one opening step before it is ready. */
function lockedMain(first: StartupState = { state: 'locked', attemptsLeft: 5, lockedUntil: null }) {
  let state: StartupState = first
  const after: StartupState[] = [{ state: 'opening', done: 1, total: 2, step: 'encrypt' }, { state: 'ready' }]
  return installFakeDesk({
    'atRest:startupState': () => {
      const now = state
      if (now.state === 'opening') state = after.shift() ?? { state: 'ready' }
      return now
    },
    'atRest:unlock': ({ passphrase }: { passphrase: string }) => {
      if (passphrase !== PASSPHRASE) refuse({ code: 'forbidden', message: 'Wrong start-up passphrase.', params: { reason: 'passphrase-wrong', attemptsLeft: 4 } })
      state = after.shift()!
      return state
    },
  })
}

function renderGate() {
  render(
    <StartupGate>
      <div data-testid="the-app">app</div>
    </StartupGate>,
  )
}

describe('the unlock screen at start-up', () => {
  it('asks in Chinese for the passphrase before the app, says how many tries are left, shows the encryption progress, then the app', async () => {
    initI18n('zh-CN')
    const desk = lockedMain()
    renderGate()
    expect(await screen.findByRole('heading', { name: '输入启动口令' })).toBeInTheDocument()
    expect(screen.queryByTestId('the-app')).not.toBeInTheDocument()
    const field = screen.getByLabelText('启动口令')
    fireEvent.change(field, { target: { value: '夜班小美的口令是红色太阳' } })
    fireEvent.click(screen.getByRole('button', { name: '打开数据' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('口令不对。再错 4 次，要等一会儿才能再试。')
    expect(field).toHaveValue('')

    fireEvent.change(field, { target: { value: PASSPHRASE } })
    fireEvent.click(await screen.findByRole('button', { name: /打开数据/ }))
    expect(await screen.findByText('正在加密数据和备份…')).toBeInTheDocument()
    expect(screen.getByText(/请不要关闭窗口/)).toBeInTheDocument()
    // The screen asks main again every 400 ms while it is opening.
    expect(await screen.findByTestId('the-app', {}, { timeout: 10_000 })).toBeInTheDocument()
    // Nothing but the start-up channels (and whether café mode is offered) was called before the app showed.
    expect(new Set(desk.calls.map((c) => c.channel))).toEqual(new Set(['atRest:startupState', 'atRest:unlock', 'cafe:status']))
  })

  it('during a lockout, disables the field and counts down, in English too', async () => {
    initI18n('en')
    lockedMain({ state: 'locked', attemptsLeft: 5, lockedUntil: Date.now() + 120_000 })
    renderGate()
    expect(await screen.findByRole('heading', { name: 'Enter the start-up passphrase' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/Too many wrong passphrases; trying again is paused for now\. Try again in 2:00|1:5\d/)
    expect(screen.getByLabelText('Start-up passphrase')).toBeDisabled()
    expect(screen.getByText(/recovery code \(five groups of five characters\) typed here opens the data too/)).toBeInTheDocument()
  })

  it('shows the app at once when main is already ready (no passphrase on this PC)', async () => {
    initI18n('zh-CN')
    installFakeDesk({ 'atRest:startupState': () => ({ state: 'ready' }) })
    renderGate()
    expect(await screen.findByTestId('the-app')).toBeInTheDocument()
  })
})

describe('the start-up passphrase in Settings', () => {
  function renderCard(status: AtRestStatus, setPassphrase: (input: { passphrase: string }) => unknown) {
    const desk = installFakeDesk({ 'atRest:status': () => status, 'atRest:setPassphrase': setPassphrase })
    render(
      <AntApp>
        <AtRestCard />
      </AntApp>,
    )
    return desk
  }

  it('sets it on a PC without a keystore, and then says the data is encrypted from the next start', async () => {
    initI18n('zh-CN')
    const desk = renderCard({ state: 'off', reason: 'no-keystore' }, () => ({ state: 'next-start', keptBy: 'passphrase' }))
    fireEvent.click(await screen.findByRole('button', { name: '设置启动口令' }))
    fireEvent.change(screen.getByLabelText('新的启动口令'), { target: { value: PASSPHRASE } })
    fireEvent.change(screen.getByLabelText('再输入一次'), { target: { value: '不一样的一句长口令' } })
    fireEvent.click(screen.getByRole('button', { name: '保存口令' }))
    expect(await screen.findByTestId('passphrase-message')).toHaveTextContent('两次输入的口令不一样。')
    expect(desk.calls.some((c) => c.channel === 'atRest:setPassphrase')).toBe(false)

    fireEvent.change(screen.getByLabelText('再输入一次'), { target: { value: PASSPHRASE } })
    fireEvent.click(screen.getByRole('button', { name: '保存口令' }))
    expect(await screen.findByText('启动口令已保存。下次打开 ShiftDesk 时请输入它。')).toBeInTheDocument()
    expect(screen.getByTestId('at-rest-status')).toHaveTextContent('数据加密：下次启动时开启（已设置启动口令）')
    expect(desk.calls.filter((c) => c.channel === 'atRest:setPassphrase')).toEqual([{ channel: 'atRest:setPassphrase', input: { passphrase: PASSPHRASE } }])
  })

  it('says in Chinese why a weak passphrase is refused', async () => {
    initI18n('zh-CN')
    renderCard({ state: 'on', keptBy: 'os-keystore' }, () => refuse({ code: 'invalid-input', message: 'too weak', params: { reason: 'secret-too-guessable', bits: 20 } }))
    fireEvent.click(await screen.findByRole('button', { name: '设置启动口令' }))
    fireEvent.change(screen.getByLabelText('新的启动口令'), { target: { value: '12345678' } })
    fireEvent.change(screen.getByLabelText('再输入一次'), { target: { value: '12345678' } })
    fireEvent.click(screen.getByRole('button', { name: '保存口令' }))
    expect(await screen.findByTestId('passphrase-message')).toHaveTextContent('口令太容易猜')
    expect(screen.getByTestId('at-rest-status')).toHaveTextContent('数据加密：已开启（由本机系统钥匙串保管）')
  })
})
