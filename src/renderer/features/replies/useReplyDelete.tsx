// Deleting a reply: a shared one asks first (it leaves every agent's list); the reply goes to the
// recycle bin (回收站) for 30 days; the toast's 撤销 and Ctrl+Z (while the panel is open and no
// dialog is) bring the latest deletions back, newest first.
import { App, Button, Space } from 'antd'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { replyErrorMessage } from './reply-errors'

const UNDO_SECONDS = 8

type Deleted = { id: string; title: string }

/** `listening`: Ctrl+Z is the panel's (no dialog or drawer open); `settled` runs when a question closes (the caret goes back). */
export function useReplyDelete(listening: boolean, settled: () => void): { remove(reply: Reply): void } {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const undoable = useRef<Deleted[]>([])

  const restore = useCallback(
    async ({ id, title }: Deleted) => {
      message.destroy(`deleted-${id}`)
      undoable.current = undoable.current.filter((d) => d.id !== id)
      try {
        await invoke('replies:restore', { id })
        void message.success(t('replies.restored', { title }))
      } catch (error) {
        void message.error(replyErrorMessage(error, t))
      }
    },
    [message, t],
  )

  const deleteNow = useCallback(
    async (reply: Reply) => {
      try {
        const deleted = await invoke('replies:delete', { id: reply.id })
        undoable.current = [...undoable.current, deleted]
        void message.open({
          key: `deleted-${deleted.id}`,
          type: 'info',
          duration: UNDO_SECONDS,
          content: (
            <Space>
              {t('replies.deleted', { title: deleted.title })}
              <Button size="small" type="link" onClick={() => void restore(deleted)} data-testid="undo-delete">
                {t('replies.undo')}
              </Button>
            </Space>
          ),
        })
      } catch (error) {
        void message.error(replyErrorMessage(error, t))
      }
    },
    [message, restore, t],
  )

  const remove = useCallback(
    (reply: Reply) => {
      if (!reply.shared) {
        void deleteNow(reply)
        return
      }
      void modal.confirm({
        title: t('replies.confirmShared.title', { title: reply.title }),
        content: t('replies.confirmShared.body'),
        okText: t('replies.confirmShared.ok'),
        okButtonProps: { danger: true, ...{ 'data-testid': 'confirm-delete' } },
        cancelText: t('replies.cancel'),
        onOk: () => deleteNow(reply),
        afterClose: settled,
      })
    },
    [deleteNow, modal, settled, t],
  )

  useEffect(() => {
    if (!listening) return
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== 'KeyZ') return
      const last = undoable.current.at(-1)
      if (!last) return // nothing deleted here: the text field's own undo
      event.preventDefault()
      void restore(last)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [listening, restore])

  return { remove }
}
