// Importing a reply file (Excel .xlsx, CSV in any of the encodings Excel writes, JSON): choose
// the file (and the sheet of a workbook), see a preview (every refused row and every repair
// with its line and reason; replies that collide with existing ones), pick what to do with
// the collisions, import. All or nothing, unless the agent explicitly chooses to import only
// the good rows and skip the listed ones.
import { Alert, App, Button, Checkbox, Modal, Radio, Select, Space, Table, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DuplicateChoice, ImportPreview } from '../../../shared/ipc/replies'
import { REPLY_IMPORT_MAX_BYTES } from '../../../shared/ipc/replies-constants'
import { invoke } from '../../lib/desk'
import { ImportProblemsTable } from './ImportProblemsTable'
import { FileTooLargeError, readReplyFile, type ReadFile } from './reply-files'
import { replyErrorMessage } from './reply-errors'
import { useImportProgress } from './useImportProgress'

const MAX_MB = REPLY_IMPORT_MAX_BYTES / 1024 / 1024

export function ImportRepliesModal({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [file, setFile] = useState<ReadFile | null>(null)
  const [sheet, setSheet] = useState<string | undefined>(undefined)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip')
  const [skipProblems, setSkipProblems] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const progress = useImportProgress(busy)

  const load = async (read: ReadFile, pickedSheet: string | undefined) => {
    setFailure(null)
    setPreview(null)
    setSkipProblems(false)
    setBusy(true)
    try {
      setPreview(await invoke('replies:previewImport', { fileName: read.name, data: read.data, ...(pickedSheet !== undefined && { sheet: pickedSheet }) }))
    } catch (error) {
      setFailure(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  const choose = async (chosen: File) => {
    setFile(null)
    setSheet(undefined)
    try {
      const read = await readReplyFile(chosen)
      setFile(read)
      await load(read, undefined)
    } catch (error) {
      setPreview(null)
      setFailure(error instanceof FileTooLargeError ? t('replies.errors.fileTooLarge', { max: MAX_MB }) : replyErrorMessage(error, t))
    }
  }

  const importNow = async () => {
    if (!file) return
    setBusy(true)
    try {
      const done = await invoke('replies:import', { fileName: file.name, data: file.data, ...(sheet !== undefined && { sheet }), duplicates, skipProblems })
      void message.success(t('replies.import.done', done))
      onClose()
    } catch (error) {
      setFailure(replyErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  const refused = preview !== null && preview.errorCount > 0
  const canImport = preview !== null && preview.good > 0 && (!refused || skipProblems)
  const warningCount = preview ? preview.problemCount - preview.errorCount : 0

  return (
    <Modal
      open
      destroyOnHidden
      width={760}
      title={t('replies.import.title')}
      onCancel={onClose}
      footer={
        <Space>
          {progress && <Typography.Text type="secondary" data-testid="import-progress">{progress}</Typography.Text>}
          <Button onClick={onClose}>{t('replies.cancel')}</Button>
          <Button type="primary" disabled={!canImport} loading={busy && preview !== null} onClick={() => void importNow()} data-testid="import-confirm">
            {!preview || !canImport
              ? t('replies.import.confirmIdle')
              : refused
                ? t('replies.import.confirmSkip', { count: preview.good })
                : t('replies.import.confirm', { count: preview.good })}
          </Button>
        </Space>
      }
    >
      <Upload.Dragger
        accept=".xlsx,.csv,.txt,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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

      {preview && preview.sheets.length > 1 && file && (
        <Space style={{ marginTop: 12 }} wrap>
          <Typography.Text>{t('replies.import.sheet')}</Typography.Text>
          <Select
            style={{ minWidth: 180 }}
            value={preview.sheet || sheet}
            options={preview.sheets.map((name) => ({ value: name, label: name }))}
            onChange={(picked: string) => {
              setSheet(picked)
              void load(file, picked)
            }}
            disabled={busy}
            data-testid="import-sheet"
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('replies.import.sheetHint', { count: preview.sheets.length })}
          </Typography.Text>
        </Space>
      )}

      {failure && <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} data-testid="import-failure" />}

      {preview && preview.problemCount > 0 && (
        <div style={{ marginTop: 12 }} data-testid="import-problems">
          {refused ? (
            <Alert type="error" showIcon title={t('replies.import.refused', { count: preview.errorCount })} description={t('replies.import.refusedHint')} />
          ) : (
            <Alert type="warning" showIcon title={t('replies.import.warnings', { count: warningCount })} />
          )}
          <ImportProblemsTable problems={preview.problems} />
          {refused && preview.good > 0 && (
            <Checkbox style={{ marginTop: 8 }} checked={skipProblems} onChange={(e) => setSkipProblems(e.target.checked)} data-testid="import-skip-problems">
              {t('replies.import.skipChoice', { good: preview.good })}
            </Checkbox>
          )}
        </div>
      )}

      {preview && (!refused || skipProblems) && preview.good > 0 && (
        <div style={{ marginTop: 12 }}>
          {!refused && <Alert type="success" showIcon title={t(warningCount > 0 ? 'replies.import.readyRepaired' : 'replies.import.ready', { count: preview.good })} />}
          {preview.encoding && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="import-encoding">
              {t('replies.import.readAs', { encoding: preview.encoding.toUpperCase() })}
            </Typography.Text>
          )}
          {preview.duplicateCount > 0 && (
            <div style={{ marginTop: 12 }} data-testid="import-duplicates">
              <Alert type="warning" showIcon title={t('replies.import.duplicates', { count: preview.duplicateCount })} />
              <ul style={{ margin: '8px 0', paddingInlineStart: 20, maxHeight: 120, overflowY: 'auto' }}>
                {preview.duplicates.map((d, i) => (
                  <li key={i}>
                    {d.by === 'shortcut' ? t('replies.import.sameShortcut', d) : t('replies.import.sameTitle', d)}
                    {d.lossy && (
                      <Typography.Text type="danger" data-testid="import-lossy">
                        {' '}
                        {t('replies.import.lossy')}
                      </Typography.Text>
                    )}
                  </li>
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
                { title: t('replies.fields.shortcut'), dataIndex: 'shortcut', width: 90 },
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
