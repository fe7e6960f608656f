// The quick-replies panel (快捷回复): find, fill and copy a reply; manage the library (new,
// edit, duplicate, move, delete to the recycle bin, import, export); check a draft before sending.
import { Alert, App, Button, Dropdown, Space, Tooltip } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayHotkey } from '../../../shared/domain/hotkeys'
import type { Reply, ReplyFileFormat } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { IS_MAC } from '../../lib/HotkeyRecorder'
import { DraftCheck } from './DraftCheck'
import { lazyView, preloadWhenIdle } from '../../lib/lazy-view'
import type { RenameTarget } from './RenameScopeModal'
import type { EditorRequest } from './ReplyEditorDrawer'
import { ReplyFinder } from './ReplyFinder'
import { ReplyPreview, type ReplyActions } from './ReplyPreview'
import { downloadText } from './reply-files'
import { replyErrorMessage } from './reply-errors'
import { ALL_TAB, FREQUENT_TAB, type ReplyScope } from './reply-search'
import { useReplies } from './replies-store'
import { useReplyCopy } from './useReplyCopy'
import { useRepliesSync } from './useRepliesSync'
import { useReplyDelete } from './useReplyDelete'
import { useSearchFocus } from './useSearchFocus'

// The editor and the dialogs (and the form, select, list and table code they need) are not part
// of the first screen: they load while the app idles, and each opens from its own chunk.
const editorDrawer = lazyView(() => import('./ReplyEditorDrawer').then((m) => m.ReplyEditorDrawer))
const importDialog = lazyView(() => import('./ImportRepliesModal').then((m) => m.ImportRepliesModal))
const settingsDialog = lazyView(() => import('./RepliesSettingsModal').then((m) => m.RepliesSettingsModal))
const binDialog = lazyView(() => import('./RecycleBinModal').then((m) => m.RecycleBinModal))
const moveDialog = lazyView(() => import('./MoveReplyModal').then((m) => m.MoveReplyModal))
const renameDialog = lazyView(() => import('./RenameScopeModal').then((m) => m.RenameScopeModal))
preloadWhenIdle([editorDrawer, moveDialog, renameDialog, binDialog, settingsDialog, importDialog])

type Dialog = { kind: 'import' } | { kind: 'settings' } | { kind: 'bin' } | { kind: 'move'; reply: Reply } | { kind: 'rename'; target: RenameTarget } | null

export function QuickRepliesPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failure = useRepliesSync()
  const hotkey = useReplies((s) => s.settings?.hotkey ?? '')
  const { copy, fillForm } = useReplyCopy()
  const [editor, setEditor] = useState<EditorRequest | null>(null)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [reveal, setReveal] = useState<{ id: string } | null>(null)
  const overlayOpen = Boolean(fillForm) || editor !== null || dialog !== null
  const { signal: focusSignal, refocus } = useSearchFocus(overlayOpen)
  const { remove } = useReplyDelete(!overlayOpen, refocus)

  const exportAs = async (format: ReplyFileFormat) => {
    try {
      const { fileName, text, count } = await invoke('replies:export', { format })
      downloadText(fileName, text, format)
      void message.success(t('replies.exported', { count, fileName }))
    } catch (error) {
      void message.error(replyErrorMessage(error, t))
    }
  }

  const openQuickSearch = async () => {
    try {
      const { available } = await invoke('replies:quickSearch', { action: 'open' })
      if (!available) void message.info(t('replies.quickSearchUnavailable'))
    } catch (error) {
      void message.error(replyErrorMessage(error, t))
    }
  }

  const actions: ReplyActions = {
    copy,
    edit: (reply) => setEditor({ mode: 'edit', reply }),
    duplicate: (reply) => setEditor({ mode: 'duplicate', reply }),
    move: (reply) => setDialog({ kind: 'move', reply }),
    remove,
  }

  const toolbar = (
    <Space size={6}>
      <Button type="primary" onClick={() => setEditor({ mode: 'create' })} data-testid="new-reply">
        {t('replies.new')}
      </Button>
      <Button onClick={() => setDialog({ kind: 'import' })} data-testid="import-replies">
        {t('replies.import.button')}
      </Button>
      <Dropdown
        menu={{
          items: [
            { key: 'csv', label: t('replies.exportCsv') },
            { key: 'json', label: t('replies.exportJson') },
          ],
          onClick: ({ key }) => void exportAs(key as ReplyFileFormat),
        }}
      >
        <Button>{t('replies.export')}</Button>
      </Dropdown>
      <Tooltip title={t('replies.quickSearchHint', { keys: hotkey ? displayHotkey(hotkey, IS_MAC) : t('replies.noHotkey') })}>
        <Button onClick={() => void openQuickSearch()}>{t('replies.quickSearch')}</Button>
      </Tooltip>
      <Button onClick={() => setDialog({ kind: 'settings' })}>{t('replies.settings.button')}</Button>
      <Button onClick={() => setDialog({ kind: 'bin' })} data-testid="recycle-bin">
        {t('replies.bin.button')}
      </Button>
    </Space>
  )

  const renameExtra = (scope: ReplyScope) =>
    scope.tab === ALL_TAB || scope.tab === FREQUENT_TAB ? null : (
      <Button size="small" type="link" onClick={() => setDialog({ kind: 'rename', target: scope.group ? { category: scope.tab, group: scope.group } : { category: scope.tab } })}>
        {scope.group ? t('replies.renameGroupButton') : t('replies.renameCategoryButton')}
      </Button>
    )

  return (
    <div style={{ height: 'calc(100vh - 96px)', minHeight: 420, display: 'flex', flexDirection: 'column' }} data-testid="quick-replies">
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 8 }} />}
      <ReplyFinder
        compact={false}
        onCopy={copy}
        focusSignal={focusSignal}
        reveal={reveal}
        toolbar={toolbar}
        renderScopeExtra={renameExtra}
        renderAside={(selected) => (
          <>
            <ReplyPreview reply={selected} actions={actions} />
            <DraftCheck />
          </>
        )}
      />
      {fillForm}
      {editor && (
        <editorDrawer.View
          request={editor}
          onClose={() => setEditor(null)}
          onSaved={(saved) => {
            setEditor(null)
            setReveal({ id: saved.id })
          }}
        />
      )}
      {dialog?.kind === 'import' && <importDialog.View onClose={() => setDialog(null)} />}
      {dialog?.kind === 'settings' && <settingsDialog.View onClose={() => setDialog(null)} />}
      {dialog?.kind === 'bin' && <binDialog.View onClose={() => setDialog(null)} />}
      {dialog?.kind === 'move' && <moveDialog.View reply={dialog.reply} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'rename' && <renameDialog.View target={dialog.target} onClose={() => setDialog(null)} onRenamed={() => setDialog(null)} />}
    </div>
  )
}
