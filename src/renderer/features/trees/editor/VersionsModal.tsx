// Every saved version of a tree, newest first. Putting an old one back saves its content as the
// newest version, so nothing is lost either way and old runs keep their own version.
import { App, Button, List, Modal, Popconfirm, Tag } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TreeVersionInfo } from '../../../../shared/ipc/trees'
import { invoke } from '../../../lib/desk'
import { formatDateTime } from '../../../lib/time'
import { treeErrorMessage } from '../tree-errors'

type Props = { treeId: string; current: number; onClose(): void; onRestored(version: number): void }

export function VersionsModal({ treeId, current, onClose, onRestored }: Props) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [versions, setVersions] = useState<TreeVersionInfo[] | null>(null)

  useEffect(() => {
    invoke('trees:versions', { id: treeId })
      .then(setVersions)
      .catch((error: unknown) => void message.error(treeErrorMessage(error, t)))
  }, [message, t, treeId])

  const restore = async (version: number) => {
    try {
      const summary = await invoke('trees:restoreVersion', { id: treeId, version })
      void message.success(t('trees.versions.restored', { version, as: summary.version }))
      onRestored(summary.version)
    } catch (error) {
      void message.error(treeErrorMessage(error, t))
    }
  }

  return (
    <Modal open destroyOnHidden title={t('trees.versions.title')} footer={null} onCancel={onClose} width={560}>
      <List
        loading={versions === null}
        dataSource={versions ?? []}
        renderItem={(v) => (
          <List.Item
            actions={
              v.version === current
                ? [<Tag key="current" color="blue">{t('trees.versions.current')}</Tag>]
                : [
                    <Popconfirm key="restore" title={t('trees.versions.restoreConfirm', { version: v.version })} okText={t('trees.versions.restore')} cancelText={t('trees.cancel')} onConfirm={() => void restore(v.version)}>
                      <Button size="small">{t('trees.versions.restore')}</Button>
                    </Popconfirm>,
                  ]
            }
          >
            <List.Item.Meta title={`${t('trees.version', { version: v.version })} · ${v.title}`} description={`${formatDateTime(v.savedAt)} · ${v.savedBy || t(v.fromTeam ? 'trees.versions.teammate' : 'trees.versions.shipped')}`} />
          </List.Item>
        )}
      />
    </Modal>
  )
}
