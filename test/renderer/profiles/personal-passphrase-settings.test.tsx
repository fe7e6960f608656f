// Settings → 我的档案 → 个人口令 (issue 16, 1.2): the agent reads what it protects, sees the strength
// rule met as she types, must confirm it and acknowledge that nobody can recover it, watches main
// seal her existing notes, and is told when it is done; a refusal from main says what to do.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Profile } from '../../../src/shared/contract'
import { initI18n } from '../../../src/renderer/i18n'
import { PersonalPassphraseSettings } from '../../../src/renderer/features/profiles/PersonalPassphraseSettings'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { mei } from '../helpers/handover-fixtures'
import { installFakeDesk } from '../helpers/fake-desk'

const PASSPHRASE = '夜班小美的口令是蓝色月亮'

function signedIn(profile: Profile) {
  useProfiles.setState({ loaded: true, profiles: [profile], current: profile, locked: false, lockReason: null })
  return render(
    <AntApp>
      <PersonalPassphraseSettings />
    </AntApp>,
  )
}

/** main's answer to profiles:setPassphrase, held until the test lets it go (sealing takes a while). */
function heldAnswer() {
  let release!: (profile: Profile) => void
  const answer = new Promise<Profile>((resolve) => (release = resolve))
  return { answer, release }
}

describe('the personal passphrase card', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('says what it protects and that it is asked once per start, before anything is set', () => {
    installFakeDesk({})
    signedIn(mei)
    const card = screen.getByTestId('personal-passphrase')
    expect(within(card).getByTestId('personal-passphrase-state')).toHaveTextContent('还没有设置个人口令')
    expect(card).toHaveTextContent('同事即使有自己的 PIN、知道这台电脑的启动口令、把数据文件整个拷走，也读不到')
    expect(card).toHaveTextContent('第一次进入你的档案时输入个人口令；之后锁屏、切换回来用 PIN 就够了')
    expect(within(card).getByRole('button', { name: '设置个人口令' })).toBeInTheDocument()
  })

  it('warns an agent without a PIN that her open profile is anyone\'s until ShiftDesk quits', () => {
    installFakeDesk({})
    const { unmount } = signedIn({ ...mei, hasPin: false })
    expect(screen.getByTestId('personal-passphrase-no-pin')).toHaveTextContent('别人在这台电脑上点你的档案就能进入。请同时在上面设置 PIN')
    unmount()
    signedIn({ ...mei, hasPin: true })
    expect(screen.queryByTestId('personal-passphrase-no-pin')).toBeNull()
  })

  it('shows the strength rule met as she types, and saves only a confirmed passphrase she knows cannot be recovered', async () => {
    const held = heldAnswer()
    const desk = installFakeDesk({ 'profiles:setPassphrase': () => held.answer })
    signedIn(mei)
    await userEvent.click(screen.getByRole('button', { name: '设置个人口令' }))
    const field = screen.getByLabelText('新的个人口令')
    expect(field).toHaveFocus()
    const length = screen.getByTestId('passphrase-rule-length')
    const guess = screen.getByTestId('passphrase-rule-guess')
    await userEvent.type(field, '1234567')
    expect(length).toHaveTextContent('至少 8 个字符（已输入 7 个）')
    expect(length).toHaveAttribute('data-met', 'false')
    await userEvent.type(field, '8')
    expect(length).toHaveAttribute('data-met', 'true')
    expect(guess).toHaveAttribute('data-met', 'false')
    await userEvent.clear(field)
    await userEvent.type(field, PASSPHRASE)
    expect(guess).toHaveAttribute('data-met', 'true')

    const save = screen.getByRole('button', { name: '保存个人口令' })
    await userEvent.type(screen.getByLabelText('再输入一次个人口令'), '夜班小美的口令是红色太阳')
    expect(screen.getByText('两次输入的个人口令不一样。')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await userEvent.clear(screen.getByLabelText('再输入一次个人口令'))
    await userEvent.type(screen.getByLabelText('再输入一次个人口令'), PASSPHRASE)
    expect(screen.getByText('个人口令忘了，谁也找不回来')).toBeInTheDocument()
    expect(save).toBeDisabled()
    await userEvent.click(screen.getByLabelText('我明白：忘了个人口令，我的私人记录就打不开了'))
    expect(save).toBeEnabled()

    await userEvent.click(save)
    expect(await screen.findByTestId('personal-passphrase-progress')).toHaveTextContent('正在给你已有的记录加密')
    held.release({ ...mei, passphrase: 'open' })
    expect(await screen.findByTestId('personal-passphrase-message')).toHaveTextContent('个人口令已设置，你已有的私人记录都已加密')
    expect(screen.queryByTestId('personal-passphrase-progress')).not.toBeInTheDocument()
    expect(screen.getByTestId('personal-passphrase-state')).toHaveTextContent('已设置个人口令')
    expect(screen.getByRole('button', { name: '修改个人口令' })).toBeInTheDocument()
    expect(useProfiles.getState().current?.passphrase).toBe('open')
    expect(desk.calls.filter((c) => c.channel === 'profiles:setPassphrase').map((c) => c.input)).toEqual([{ passphrase: PASSPHRASE }])
  })

  it('says what to do when main refuses the passphrase as too easy to guess', async () => {
    installFakeDesk({
      'profiles:setPassphrase': () => {
        throw Object.assign(new Error('weak'), { body: { code: 'invalid-input', message: 'weak', params: { reason: 'secret-too-guessable', bits: 40 } } })
      },
    })
    signedIn({ ...mei, passphrase: 'open' })
    await userEvent.click(screen.getByRole('button', { name: '修改个人口令' }))
    await userEvent.type(screen.getByLabelText('现在的个人口令'), 'her current passphrase')
    await userEvent.type(screen.getByLabelText('新的个人口令'), PASSPHRASE)
    await userEvent.type(screen.getByLabelText('再输入一次个人口令'), PASSPHRASE)
    await userEvent.click(screen.getByRole('checkbox'))
    await userEvent.click(screen.getByRole('button', { name: '保存个人口令' }))
    expect(await screen.findByTestId('personal-passphrase-message')).toHaveTextContent('口令太容易猜')
  })

  it('a change asks for her current passphrase first, sends it, and says so when it is wrong', async () => {
    const sent: unknown[] = []
    installFakeDesk({
      'profiles:setPassphrase': (input: unknown) => {
        sent.push(input)
        throw Object.assign(new Error('wrong'), { body: { code: 'forbidden', message: 'wrong', params: { reason: 'wrong-passphrase', attemptsLeft: 4 } } })
      },
    })
    signedIn({ ...mei, passphrase: 'open' })
    await userEvent.click(screen.getByRole('button', { name: '修改个人口令' }))
    await userEvent.type(screen.getByLabelText('新的个人口令'), PASSPHRASE)
    await userEvent.type(screen.getByLabelText('再输入一次个人口令'), PASSPHRASE)
    await userEvent.click(screen.getByRole('checkbox'))
    expect(screen.getByRole('button', { name: '保存个人口令' })).toBeDisabled()
    await userEvent.type(screen.getByLabelText('现在的个人口令'), 'a guess')
    await userEvent.click(screen.getByRole('button', { name: '保存个人口令' }))
    expect(await screen.findByTestId('personal-passphrase-message')).toHaveTextContent('个人口令不对。再错 4 次')
    expect(sent).toEqual([{ passphrase: PASSPHRASE, currentPassphrase: 'a guess' }])
  })

  it('reads the same in English', async () => {
    initI18n('en')
    installFakeDesk({})
    signedIn(mei)
    await userEvent.click(screen.getByRole('button', { name: 'Set a personal passphrase' }))
    await userEvent.type(screen.getByLabelText('New personal passphrase'), 'abc')
    expect(screen.getByTestId('passphrase-rule-length')).toHaveTextContent('At least 8 characters (so far: 3)')
    expect(screen.getByText('Nobody can recover a forgotten personal passphrase')).toBeInTheDocument()
  })
})
