// Importing a CSV or JSON reply file: choose the file, see a preview (every refused row with
// its line and reason; replies that collide with existing ones), pick what to do with the
// collisions, import. All or nothing: one refused row and nothing is imported.
import { Alert, App, Button, Modal, Radio, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REPLY_IMPORT_MAX_BYTES, type DuplicateChoice, type ImportPreview, type ImportProblem } from '../../../shared/ipc/replies'
import { invoke } from '../../lib/desk'
import { FileTooLargeError, readReplyFile, type ReadFile } from './reply-files'
import { replyErrorMessage } from './reply-errors'

const MAX_MB = REPLY_IMPORT_MAX_BYTES / 1024 / 1024

export function ImportRepliesModal({ onClose }: { onClose(): void }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const [file, setFile] = useState<ReadFile | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip')
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const choose = async (chosen: File) => {
    setFailure(null)
    setPreview(null)
    setFile(null)
    setBusy(true)
    try {
      const read = await readReplyFile(chosen)
      setFile(read)
      setPreview(await invoke('replies:previewImport', { format: read.format, text: read.text }))
    } catch (error) {
      setFailure(error instanceof FileTooLargeError ? t('replies.errors.fileTooLarge', { max: MAX_MB }) : replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  const importNow = async () => {
    if (!file) return
    setBusy(true)
    try {
      const done = await invoke('replies:import', { format: file.format, text: file.text, duplicates })
      void message.success(t('replies.import.done', done))
      onClose()
    } catch (error) {
      setFailure(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  // The domain's reasons are written in Chinese; the English screen translates them by code.
  const reason = (p: ImportProblem) => (i18n.language === 'zh-CN' ? p.message : t(`replies.import.codes.${p.code}`, { title: p.title, match: p.match }))
  const refused = preview !== null && preview.problemCount > 0

  return (
    <Modal
      open
      destroyOnHidden
      width={760}
      title={t('replies.import.title')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('replies.cancel')}</Button>
          <Button type="primary" disabled={!preview || refused || preview.total === 0} loading={busy && preview !== null} onClick={() => void importNow()} data-testid="import-confirm">
            {preview && !refused ? t('replies.import.confirm', { count: preview.total }) : t('replies.import.confirmIdle')}
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        accept=".csv,.json,text/csv,application/json"
        showUploadList={false}
        beforeUpload={(chosen) => {
          void choose(chosen)
          return Upload.LIST_IGNORE
        }}
        disabled={busy}
        data-testid="import-file"
      >
        <Typography.Paragraph style={{ margin: 0 }}>{file ? t('replies.import.chosen', { name: file.name }) : t('replies.import.drop')}</Typography.Paragraph>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('replies.import.formats', { max: MAX_MB })}
        </Typography.Text>
      </Upload.Dragger>

      {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} data-testid="import-failure" />}

      {preview && refused && (
        <div style={{ marginTop: 12 }} data-testid="import-problems">
          <Alert type="error" showIcon title={t('replies.import.refused', { count: preview.problemCount })} description={t('replies.import.refusedHint')} />
          <Table<ImportProblem>
            size="small"
            style={{ marginTop: 8 }}
            pagination={false}
            scroll={{ y: 220 }}
            rowKey={(p, i) => `${p.line}-${p.code}-${i}`}
            dataSource={preview.problems}
            columns={[
              { title: t('replies.import.line'), dataIndex: 'line', width: 90, render: (line: number, p) => (line > 0 ? t('replies.import.lineN', { line }) : p.title) },
              { title: t('replies.import.reason'), key: 'reason', render: (_, p) => reason(p) },
            ]}
          />
        </div>
      )}

      {preview && !refused && (
        <div style={{ marginTop: 12 }}>
          <Alert type="success" showIcon title={t('replies.import.ready', { count: preview.total })} />
          {preview.duplicateCount > 0 && (
            <div style={{ marginTop: 12 }} data-testid="import-duplicates">
              <Alert type="warning" showIcon title={t('replies.import.duplicates', { count: preview.duplicateCount })} />
              <ul style={{ margin: '8px 0', paddingInlineStart: 20, maxHeight: 120, overflowY: 'auto' }}>
                {preview.duplicates.map((d, i) => (
                  <li key={i}>{d.by === 'shortcut' ? t('replies.import.sameShortcut', d) : t('replies.import.sameTitle', d)}</li>
                ))}
              </ul>
              <Radio.Group value={duplicates} onChange={(e) => setDuplicates(e.target.value as DuplicateChoice)}>
                <Space orientation="vertical">
                  <Radio value="skip">{t('replies.import.skip')}</Radio>
                  <Radio value="overwrite">{t('replies.import.overwrite')}</Radio>
                  <Radio value="keepBoth">{t('replies.import.keepBoth')}</Radio>
                </Space>
              </Radio.Group>
            </div>
          )}
          {preview.sample.length > 0 && (
            <Table
              size="small"
              style={{ marginTop: 12 }}
              pagination={false}
              rowKey={(_, i) => String(i)}
              dataSource={preview.sample}
              title={() => t('replies.import.sample')}
              columns={[
                { title: t('replies.fields.title'), dataIndex: 'title', width: 160 },
                { title: t('replies.fields.body'), dataIndex: 'body', ellipsis: true },
                { title: t('replies.fields.shortcut'), dataIndex: 'shortcut', width: 80 },
                { title: t('replies.fields.category'), dataIndex: 'category', width: 80 },
                { title: t('replies.fields.shared'), dataIndex: 'shared', width: 60, render: (s: boolean) => (s ? t('replies.yes') : t('replies.no')) },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  )
}
