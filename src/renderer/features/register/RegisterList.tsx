// The register's entries: overdue callbacks first, then today's, then the newest notes;
// filtered to what the agent is working on. Deleting shows an undo.
import { App, Button, Empty, Flex, Pagination, Segmented, Space, Spin } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { EntryCard } from './EntryCard'
import { useOnSectionVisit } from '../shell/navigation-store'
import { useRegister, type RegisterView } from './register-store'

const VIEWS: RegisterView[] = ['all', 'unanswered', 'openFollowUps', 'followUps', 'hard']

export function RegisterList() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { view, page, pageSize, items, total, unanswered, openFollowUps, loading, setView, setPage, load, refresh, openEntry, openEditor } = useRegister()

  useEffect(() => {
    load().catch((error: unknown) => void message.error(errorMessage(error, t)))
  }, [load, message, t])
  // Read again on every visit (the section stays mounted while hidden, and the list follows main's
  // changes only while shown), with no spinner: the same answer re-renders nothing.
  useOnSectionVisit('register', () => void refresh().catch((error: unknown) => void message.error(errorMessage(error, t))))

  const act = (work: Promise<unknown>) => work.catch((error: unknown) => void message.error(errorMessage(error, t)))
  const remove = (id: string) =>
    act(
      invoke('register:delete', { id }).then(() => {
        const key = `deleted-${id}`
        void message.open({
          key,
          type: 'success',
          duration: 8,
          content: (
            <Space>
              {t('register.deleted')}
              <Button
                size="small"
                type="link"
                onClick={() => {
                  message.destroy(key)
                  void act(invoke('register:restore', { id }))
                }}
              >
                {t('register.undo')}
              </Button>
            </Space>
          ),
        })
      }),
    )

  const counts: Partial<Record<RegisterView, number>> = { unanswered, openFollowUps }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Segmented
        value={view}
        onChange={(v) => setView(v as RegisterView)}
        options={VIEWS.map((v) => ({ value: v, label: counts[v] ? `${t(`register.views.${v}`)} (${counts[v]})` : t(`register.views.${v}`) }))}
      />
      <Spin spinning={loading}>
        {items.length === 0 && !loading ? (
          <Empty description={t(view === 'all' ? 'register.emptyAll' : 'register.emptyView')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size={8}>
            {items.map((entry) => (
              <EntryCard
                key={entry.id}
                entry={entry}
                onEdit={() => openEntry(entry)}
                onAnswer={() => openEditor({ entryId: entry.id, focus: 'answer' })}
                onStatus={(status) => void act(invoke('register:setStatus', { id: entry.id, status }))}
                onCheckState={(checkState) => void act(invoke('register:setCheckState', { id: entry.id, checkState }))}
                onDelete={() => void remove(entry.id)}
              />
            ))}
          </Space>
        )}
      </Spin>
      {total > pageSize ? (
        <Flex justify="center">
          <Pagination current={page} pageSize={pageSize} total={total} onChange={setPage} showSizeChanger={false} />
        </Flex>
      ) : null}
    </Space>
  )
}
