// Copying a reply: straight away when it has no blanks, through the fill-in form when it has.
// The copy itself happens in main (replies:copy), which fills the agent ID and clock values,
// refuses a blank left empty, writes the clipboard and counts the use.
import { App } from 'antd'
import { useCallback, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { automaticPlaceholderValues, listPlaceholders } from '../../../shared/domain/placeholders'
import { invoke } from '../../lib/desk'
import { useProfiles } from '../profiles/profile-store'
import { lazyView, preloadWhenIdle } from '../../lib/lazy-view'
import type { BlankRequest } from '../placeholders/FillBlanksModal'
import { placeholderLabel } from './placeholder-labels'
import { replyErrorMessage } from './reply-errors'
import { useReplies } from './replies-store'

// The fill-in form (and the form library) loads while the app idles, not with the first screen.
const fillBlanks = lazyView(() => import('../placeholders/FillBlanksModal').then((m) => m.FillBlanksModal))
preloadWhenIdle([fillBlanks])

type Pending = { reply: Reply; request: BlankRequest; hide: boolean }

/** `onCopied` runs after a successful copy (the quick-search window hides itself there). */
export function useReplyCopy(onCopied?: (reply: Reply, hide: boolean) => void): { copy(reply: Reply, hide: boolean): void; fillForm: ReactNode } {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const agentId = useProfiles((s) => s.current?.agentId)
  const [pending, setPending] = useState<Pending | null>(null)

  const send = useCallback(
    async (reply: Reply, values: Record<string, string>, hide: boolean) => {
      try {
        const { usage } = await invoke('replies:copy', { id: reply.id, values, hide })
        useReplies.getState().applyUsage(usage)
        setPending(null)
        void message.success({ content: t(hide ? 'replies.copiedAndHidden' : 'replies.copied', { title: reply.title }), key: 'reply-copied', duration: 2 })
        onCopied?.(reply, hide)
      } catch (error) {
        void message.error({ content: replyErrorMessage(error, t), key: 'reply-copied' })
      }
    },
    [message, onCopied, t],
  )

  const copy = useCallback(
    (reply: Reply, hide: boolean) => {
      // The same values main will use, so the form asks only for what the app cannot know.
      const automatic = automaticPlaceholderValues(new Date(), agentId)
      const keys = listPlaceholders(reply.body).filter((k) => !(k in automatic))
      if (keys.length === 0) void send(reply, {}, hide)
      else setPending({ reply, request: { keys, labels: Object.fromEntries(keys.map((k) => [k, placeholderLabel(k, t)])), template: reply.body, known: automatic }, hide })
    },
    [agentId, send, t],
  )

  const fillForm = pending && (
    <fillBlanks.View
      request={pending.request}
      wording="replies.fill"
      title={t('replies.fill.title', { title: pending.reply.title })}
      okText={pending.hide ? t('replies.fill.copyAndHide') : t('replies.fill.copy')}
      onDone={(values) => send(pending.reply, values, pending.hide)}
      onCancel={() => setPending(null)}
    />
  )
  return { copy, fillForm }
}
