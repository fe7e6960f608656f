// Importing a tree file (docs/trees.md): paste it or choose the file. Main checks it first and
// nothing is written while anything is wrong; each problem names its step. A file for a tree
// that exists asks before replacing it (the old version stays and can be put back).
import { Alert, Button, Input, List, Modal, Space, Typography } from 'antd'
import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { TreeImportResult, TreeSummary } from '../../../shared/ipc/trees'
import { invoke } from '../../lib/desk'
import { treeProblemText } from './tree-problem-text'
import { treeErrorMessage } from './tree-errors'

type Props = { open: boolean; onClose(): void; onImported(tree: TreeSummary): void }

export function ImportTreeModal({ open, onClose, onImported }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [checked, setChecked] = useState<TreeImportResult | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const reset = (next = '') => {
    setText(next)
    setChecked(null)
    setFailure(null)
  }

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file) reset(await file.text())
  }

  const run = async (confirmed: boolean) => {
    setBusy(true)
    setFailure(null)
    try {
      if (!confirmed) {
        const dry = await invoke('trees:import', { text, dryRun: true })
        setChecked(dry)
        // A new tree needs no confirmation; replacing one does.
        if (!dry.ok || dry.replaces) return
      }
      const result = await invoke('trees:import', { text, dryRun: false })
      setChecked(result)
      if (result.ok) {
        onImported(result.tree)
        reset()
      }
    } catch (error) {
      setFailure(treeErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  const replacing = checked?.ok && !checked.saved && checked.replaces
  return (
    <Modal
      open={open}
      destroyOnHidden
      title={t('trees.import.title')}
      onCancel={onClose}
      width={680}
      footer={
        <Space>
          <Button onClick={onClose}>{t('trees.cancel')}</Button>
          <Button type="primary" danger={Boolean(replacing)} loading={busy} disabled={text.trim() === ''} onClick={() => void run(Boolean(replacing))}>
            {replacing ? t('trees.import.replace') : t('trees.import.run')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('trees.import.hint')}
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <input type="file" accept=".json,application/json" aria-label={t('trees.import.file')} onChange={(event) => void readFile(event)} />
        <Input.TextArea
          aria-label={t('trees.import.text')}
          value={text}
          onChange={(event) => reset(event.target.value)}
          autoSize={{ minRows: 6, maxRows: 14 }}
          style={{ fontFamily: 'monospace', fontSize: 12 }}
          placeholder='{ "id": "…", "version": 1, "title": "…", … }'
        />
        {failure ? <Alert type="error" showIcon title={failure} /> : null}
        {checked && !checked.ok ? (
          <Alert
            type="error"
            showIcon
            data-testid="import-errors"
            title={t('trees.import.refused', { n: checked.errors.length })}
            description={<List size="small" dataSource={checked.errors} renderItem={(problem) => <List.Item style={{ paddingInline: 0 }}>{treeProblemText(problem, t)}</List.Item>} />}
          />
        ) : null}
        {replacing ? (
          <Alert type="warning" showIcon title={t('trees.import.willReplace', { title: checked.replaces!.title, from: checked.replaces!.version, to: checked.tree.version })} />
        ) : null}
      </Space>
    </Modal>
  )
}
