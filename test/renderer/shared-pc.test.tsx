import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { HandoverBoard, Profile, SessionState } from '../../src/shared/contract'
import { App } from '../../src/renderer/App'
import { initI18n } from '../../src/renderer/i18n'
import { useHandover } from '../../src/renderer/features/handover/handover-store'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { emptyBoard, handoverItem, mei, qiang } from './helpers/handover-fixtures'
import { installFakeDesk } from './helpers/fake-desk'

vi.mock('../../src/renderer/features/profiles/forget-previous-agent', () => ({ forgetPreviousAgent: vi.fn() }))

const refuse = (code: string, params: Record<string, string | number>) => {
  throw Object.assign(new Error(code), { body: { code, message: code, params } })
}

function deskFor(state: SessionState, board: HandoverBoard, onSwitch: (input: { profileId: string; pin?: string }) => Profile) {
  // Plays main's take-over gate: urgent items hold the screen; others until put off.
  let putOff = false
  const answer = (): HandoverBoard => {
    const urgent = board.toTakeOver.some((i) => i.urgency === 'urgent')
    return { ...board, takeOverGate: { show: board.toTakeOver.length > 0 && (urgent || !putOff), canPutOff: !urgent } }
  }
  return installFakeDesk({
    'prefs:get': () => ({ language: 'zh-CN', lastProfileId: state.profile?.id ?? null }),
    'profiles:list': () => [mei, qiang],
    'session:state': () => state,
    'session:switch': (input: { profileId: string; pin?: string }) => onSwitch(input),
    'app:notices': () => [],
    'handover:board': () => answer(),
    'handover:putOffTakeOver': () => {
      putOff = true
      return answer()
    },
    'handover:acknowledge': ({ id }: { id: string }) => {
      const item = board.toTakeOver.find((i) => i.id === id)!
      board.toTakeOver = board.toTakeOver.filter((i) => i.id !== id)
      board.mine.push({ ...item, state: 'held', heldByMe: true, holderName: '阿强' })
      return board.mine.at(-1)
    },
  })
}

describe('shared PC', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useProfiles.setState({ loaded: false, profiles: [], current: null, locked: false, lockReason: null })
    useHandover.setState({ board: null, log: null })
  })

  it('shows the PIN screen when locked and lets the agent in only with the PIN main accepts', async () => {
    const pins: (string | undefined)[] = []
    deskFor({ profile: mei, locked: true, reason: 'idle' }, emptyBoard(), ({ profileId, pin }) => {
      pins.push(pin)
      if (pin !== '2468') refuse('forbidden', { reason: 'wrong-pin', attemptsLeft: 4 })
      return qiang.id === profileId ? qiang : mei
    })
    render(<App />)
    expect(await screen.findByText(/离开电脑有一会儿了/)).toBeInTheDocument()
    expect(screen.queryByTestId('profile-switcher')).not.toBeInTheDocument()
    await userEvent.click(screen.getByText('阿强'))
    const pin = screen.getByLabelText('阿强 的 PIN')
    await userEvent.type(pin, '1357{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('再错 4 次')
    await userEvent.type(screen.getByLabelText('阿强 的 PIN'), '2468{Enter}')
    expect(await screen.findByTestId('profile-switcher')).toHaveTextContent('阿强')
    expect(pins).toEqual(['1357', '2468'])
  })

  it('counts down a PIN lockout and keeps the PIN field closed meanwhile', async () => {
    deskFor({ profile: qiang, locked: true, reason: 'start' }, emptyBoard(), () => refuse('locked', { reason: 'pin-lockout', seconds: 60, until: 0 }))
    render(<App />)
    await userEvent.type(await screen.findByLabelText('阿强 的 PIN'), '0000{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(/输错次数太多.*1:00 后再试/)
    expect(screen.getByLabelText('阿强 的 PIN')).toBeDisabled()
  })
})

describe('take-over gate', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useProfiles.setState({ loaded: false, profiles: [], current: null, locked: false, lockReason: null })
    useHandover.setState({ board: null, log: null })
  })

  it('keeps the workstation closed until every urgent item is taken over', async () => {
    const board = { ...emptyBoard(), toTakeOver: [handoverItem({ id: 'u1', urgency: 'urgent', customer: '急单顾客' }), handoverItem({ id: 'n1', customer: '普通顾客' })] }
    const desk = deskFor({ profile: qiang, locked: false, reason: null }, board, () => qiang)
    render(<App />)
    const screenArea = await screen.findByTestId('take-over-screen')
    expect(screenArea).toHaveTextContent('1 条紧急事项')
    expect(within(screenArea).queryByRole('button', { name: '稍后处理' })).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
    const urgentCard = screen.getAllByTestId('handover-item').find((c) => c.textContent?.includes('急单顾客'))!
    await userEvent.click(within(urgentCard).getByRole('button', { name: '我来跟进' }))
    // The normal item may wait: the agent can put it off and open the workstation.
    await userEvent.click(await screen.findByRole('button', { name: '稍后处理' }))
    expect(await screen.findByTestId('profile-switcher')).toHaveTextContent('阿强')
    expect(desk.calls.filter((c) => c.channel === 'handover:acknowledge').map((c) => c.input)).toEqual([{ id: 'u1' }])
    // The renderer only shows main's answer: putting off is main's to record.
    expect(desk.calls.filter((c) => c.channel === 'handover:putOffTakeOver')).toHaveLength(1)
  })
})
