// The notice to an agent whose offline edit of a shared reply a colleague's later edit replaced:
// quiet, in Chinese first, naming the reply and the colleague and showing her lost text; she can
// copy it, put it back in one click, or dismiss it, and a dismissed notice does not come back.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { afterEach, describe, expect, it } from 'vitest'
import type { ReplyOverwrite } from '../../../src/shared/ipc/reply-overwrites'
import { initI18n } from '../../../src/renderer/i18n'
import { OverwriteNotices } from '../../../src/renderer/features/replies/OverwriteNotices'
import { installFakeDesk } from '../helpers/fake-desk'

const at = new Date(2026, 11, 7, 14, 5).getTime()
const notice: ReplyOverwrite = {
  id: 'n1', replyId: 'r1', replyTitle: '退换货说明', lostTitle: '退换货说明', lostBody: '亲，七天无理由退换，运费我们出～',
  writtenAt: at - 3_600_000, overwriterName: '组长小李', overwrittenAt: at,
}

function setup(initial: ReplyOverwrite[], putBack: (input: { id: string }) => unknown = ({ id }) => ({ id, replyId: 'r1' })) {
  let open = [...initial]
  const desk = installFakeDesk({
    'replies:overwrites': () => open,
    'replies:copyOverwrite': ({ id }: { id: string }) => ({ id }),
    'replies:putBackOverwrite': putBack,
    'replies:dismissOverwrite': ({ id }: { id: string }) => {
      open = open.filter((n) => n.id !== id)
      return { id }
    },
  })
  render(
    <AntApp>
      <OverwriteNotices />
    </AntApp>,
  )
  const calls = (channel: string) => desk.calls.filter((c) => c.channel === channel).map((c) => c.input)
  return { desk, calls, arrive: (more: ReplyOverwrite[]) => (open = [...open, ...more]) }
}

afterEach(cleanup)

describe('the overwrite notice', () => {
  it('names the reply, the colleague and when, and shows her lost text, in Chinese', async () => {
    initI18n('zh-CN')
    setup([notice])
    const card = await screen.findByTestId('overwrite-notice')
    expect(card).toHaveTextContent('你对「退换货说明」的修改被同事的版本替换了')
    expect(card).toHaveTextContent('组长小李 在 12-07 14:05 保存这条共享回复时，还没收到你 12-07 13:05 的修改')
    expect(within(card).getByTestId('overwrite-lost-text')).toHaveTextContent('亲，七天无理由退换，运费我们出～')
    expect(screen.getByRole('region', { name: '被同事覆盖的回复修改' })).toBeInTheDocument()
  })

  it('shows nothing when there is no notice, and appears when main says one arrived', async () => {
    initI18n('zh-CN')
    const { desk, calls, arrive } = setup([])
    await waitFor(() => expect(calls('replies:overwrites')).toHaveLength(1))
    expect(screen.queryByTestId('overwrite-notices')).toBeNull()
    arrive([notice])
    desk.emit('replies:overwritesChanged', {})
    expect(await screen.findByTestId('overwrite-notice')).toBeInTheDocument()
  })

  it('copies her version, and puts it back in one click, which closes the notice', async () => {
    initI18n('zh-CN')
    const { calls } = setup([notice])
    const card = await screen.findByTestId('overwrite-notice')
    await userEvent.click(within(card).getByRole('button', { name: '复制我的版本' }))
    await waitFor(() => expect(calls('replies:copyOverwrite')).toEqual([{ id: 'n1' }]))
    expect(await screen.findByText('已复制你的版本，可以粘贴到需要的地方')).toBeInTheDocument()
    await userEvent.click(within(card).getByRole('button', { name: '放回我的版本' }))
    await waitFor(() => expect(calls('replies:putBackOverwrite')).toEqual([{ id: 'n1' }]))
    expect(await screen.findByText('已放回你的版本。组长小李 的版本留在团队历史里，组长可以找回。')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByTestId('overwrite-notice')).toBeNull())
  })

  it('is dismissed for good: a later arrival does not bring it back', async () => {
    initI18n('en')
    const { desk, calls } = setup([notice])
    const card = await screen.findByTestId('overwrite-notice')
    expect(card).toHaveTextContent('A colleague\'s version replaced your edit of “退换货说明”')
    await userEvent.click(within(card).getByRole('button', { name: 'Got it' }))
    await waitFor(() => expect(calls('replies:dismissOverwrite')).toEqual([{ id: 'n1' }]))
    desk.emit('replies:overwritesChanged', {})
    await waitFor(() => expect(calls('replies:overwrites')).toHaveLength(2))
    expect(screen.queryByTestId('overwrite-notice')).toBeNull()
  })

  it('says what to do when the reply is gone from this PC, and keeps the notice', async () => {
    initI18n('zh-CN')
    setup([notice], () => {
      throw { body: { code: 'not-found', message: 'gone', params: { reason: 'reply-gone' } } }
    })
    const card = await screen.findByTestId('overwrite-notice')
    await userEvent.click(within(card).getByRole('button', { name: '放回我的版本' }))
    expect(await screen.findByText('这条回复已不在这台电脑上，没法放回。请先复制你的版本，再新建一条回复。')).toBeInTheDocument()
    expect(screen.getByTestId('overwrite-notice')).toBeInTheDocument()
  })
})
