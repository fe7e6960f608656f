// Writing or changing a reply: title and body required, body at most 2,000 characters (a
// bigger paste is refused, not cut), a unique shortcut, where it is filed, shared or personal.
// The lint runs as the agent types: forbidden phrases and off-shop contacts block saving,
// filler only warns (see BLOCKING_LINT_KINDS).
import { Alert, App, AutoComplete, Button, Drawer, Form, Input, Space, Switch, Tag, Typography, type GetRef } from 'antd'
import { useMemo, useRef, useState, type ClipboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { REPLY_BODY_MAX, REPLY_SHORTCUT_PATTERN, REPLY_TITLE_MAX } from '../../../shared/domain/replies'
import type { ReplyDraft } from '../../../shared/ipc/replies'
import { BLOCKING_LINT_KINDS, REPLY_ERROR_REASONS } from '../../../shared/ipc/replies-constants'
import { invoke } from '../../lib/desk'
import { refusalOf } from '../../lib/refusal'
import { categoriesOf, groupsOf } from './categories'
import { LintFindings } from './LintFindings'
import { placeholderLabel } from './placeholder-labels'
import { REPLY_ERROR_FIELD, replyErrorMessage } from './reply-errors'
import { useReplies } from './replies-store'
import { useLint } from './useLint'

/** `draft`: a new reply's first words, e.g. a hard question and its answer from the lead view. */
export type EditorRequest = { mode: 'create' | 'edit' | 'duplicate'; reply?: Reply; category?: string; group?: string; draft?: { title: string; body: string; shared: boolean } }

const INSERTABLE = ['customer', 'orderNo', 'trackingNo', 'courier', 'days', 'date', 'amount', 'returnAddress', 'carrierHotline', 'agentId', 'today']

type Values = { title: string; body: string; shortcut: string; category: string; group: string; shared: boolean }

function initialValues(request: EditorRequest, copySuffix: string): Values {
  const r = request.reply
  if (!r) {
    const d = request.draft
    return { title: d?.title.slice(0, REPLY_TITLE_MAX) ?? '', body: d?.body ?? '', shortcut: '', category: request.category ?? '', group: request.group ?? '', shared: d?.shared ?? false }
  }
  const base = { title: r.title, body: r.body, shortcut: r.shortcut, category: r.category, group: r.group, shared: r.shared }
  // A duplicate keeps everything but the shortcut, which must stay unique.
  return request.mode === 'duplicate' ? { ...base, title: `${r.title}${copySuffix}`.slice(0, REPLY_TITLE_MAX), shortcut: '' } : base
}

export function ReplyEditorDrawer({ request, onClose, onSaved }: { request: EditorRequest; onClose(): void; onSaved(reply: Reply): void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const replies = useReplies((s) => s.replies)
  const [form] = Form.useForm<Values>()
  const initial = useMemo(() => initialValues(request, t('replies.editor.copySuffix')), [request, t])
  const title = Form.useWatch('title', form) ?? initial.title
  const body = Form.useWatch('body', form) ?? initial.body
  const category = Form.useWatch('category', form) ?? initial.category
  const titleFindings = useLint(title) ?? []
  const bodyFindings = useLint(body) ?? []
  const blocking = [...titleFindings, ...bodyFindings].some((f) => BLOCKING_LINT_KINDS.includes(f.kind))
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const bodyRef = useRef<GetRef<typeof Input.TextArea>>(null)

  const categoryOptions = useMemo(() => categoriesOf(replies).filter(Boolean).map((c) => ({ value: c })), [replies])
  const groupOptions = useMemo(() => groupsOf(replies, category ?? '').map((g) => ({ value: g })), [replies, category])

  const refuseHugePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget
    const pasted = event.clipboardData.getData('text')
    const after = area.value.length - (area.selectionEnd - area.selectionStart) + pasted.length
    if (after > REPLY_BODY_MAX) {
      event.preventDefault()
      void message.error(t('replies.editor.pasteTooLong', { length: pasted.length, max: REPLY_BODY_MAX }))
    }
  }

  const insertBlank = (key: string) => {
    const area = bodyRef.current?.resizableTextArea?.textArea
    const current = form.getFieldValue('body') ?? ''
    const at = area ? area.selectionStart : current.length
    const end = area ? area.selectionEnd : current.length
    const token = `{{${key}}}`
    form.setFieldValue('body', current.slice(0, at) + token + current.slice(end))
    requestAnimationFrame(() => {
      area?.focus()
      area?.setSelectionRange(at + token.length, at + token.length)
    })
  }

  const save = async (values: Values) => {
    setSaving(true)
    setFailure(null)
    const draft: ReplyDraft = { ...values, shortcut: values.shortcut ?? '', category: values.category ?? '', group: values.group ?? '' }
    try {
      const saved = request.mode === 'edit' && request.reply ? await invoke('replies:update', { id: request.reply.id, ...draft }) : await invoke('replies:create', draft)
      void message.success(t('replies.editor.saved', { title: saved.title }))
      onSaved(saved)
    } catch (error) {
      const text = replyErrorMessage(error, t)
      const refusal = refusalOf(error, REPLY_ERROR_REASONS)
      const field = refusal && REPLY_ERROR_FIELD[refusal.reason]
      if (field) form.setFields([{ name: field, errors: [text] }])
      else setFailure(text)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer
      open
      size={560}
      destroyOnHidden
      title={t(`replies.editor.${request.mode}`)}
      onClose={onClose}
      footer={
        <Space style={{ justifyContent: 'flex-end', width: '100%' }}>
          <Button onClick={onClose}>{t('replies.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={blocking} onClick={() => form.submit()} data-testid="save-reply">
            {t('replies.editor.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)} requiredMark="optional">
        <Form.Item name="title" label={t('replies.fields.title')} rules={[{ required: true, whitespace: true, message: t('replies.editor.titleRequired') }, { max: REPLY_TITLE_MAX, message: t('replies.errors.titleTooLong', { max: REPLY_TITLE_MAX }) }]}>
          <Input autoFocus count={{ show: true, max: REPLY_TITLE_MAX }} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('replies.fields.body')}
          extra={
            // The body's "0 / 2000" counter sits at the right of this line: the chips keep clear of it.
            <div style={{ marginTop: 4, paddingInlineEnd: 96 }}>
              {t('replies.editor.insertBlank')}
              {INSERTABLE.map((key) => (
                <Tag key={key} color="blue" style={{ cursor: 'pointer', marginTop: 4 }} onClick={() => insertBlank(key)}>
                  {placeholderLabel(key, t)}
                </Tag>
              ))}
            </div>
          }
          rules={[{ required: true, whitespace: true, message: t('replies.editor.bodyRequired') }, { max: REPLY_BODY_MAX, message: t('replies.errors.bodyTooLong', { max: REPLY_BODY_MAX, length: body.length }) }]}
        >
          <Input.TextArea ref={bodyRef} autoSize={{ minRows: 5, maxRows: 12 }} count={{ show: true, max: REPLY_BODY_MAX }} onPaste={refuseHugePaste} />
        </Form.Item>
        {titleFindings.length + bodyFindings.length > 0 && (
          <div data-testid="editor-lint" style={{ marginBottom: 16 }}>
            <Alert type={blocking ? 'error' : 'warning'} showIcon title={blocking ? t('replies.editor.lintBlocks') : t('replies.editor.lintWarns')} style={{ marginBottom: 4 }} />
            <LintFindings text={title} findings={titleFindings} />
            <LintFindings text={body} findings={bodyFindings} />
          </div>
        )}
        <Space size={12} style={{ display: 'flex' }} align="start">
          <Form.Item
            name="shortcut"
            label={t('replies.fields.shortcut')}
            tooltip={t('replies.editor.shortcutHint')}
            rules={[{ pattern: REPLY_SHORTCUT_PATTERN, message: t('replies.errors.shortcutInvalid') }]}
            style={{ width: 150 }}
          >
            <Input placeholder="wl" maxLength={16} />
          </Form.Item>
          <Form.Item name="category" label={t('replies.fields.category')} style={{ width: 160 }}>
            <AutoComplete options={categoryOptions} placeholder={t('replies.editor.categoryPlaceholder')} maxLength={20} />
          </Form.Item>
          <Form.Item name="group" label={t('replies.fields.group')} style={{ width: 160 }}>
            <AutoComplete options={groupOptions} placeholder={t('replies.editor.groupPlaceholder')} maxLength={20} />
          </Form.Item>
        </Space>
        <Form.Item name="shared" label={t('replies.fields.shared')} valuePropName="checked" extra={t('replies.editor.sharedHint')}>
          <Switch checkedChildren={t('replies.shared')} unCheckedChildren={t('replies.personal')} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
        {t('replies.editor.placeholderDoc', { example: '{{orderNo}}', agentId: '{{agentId}}', today: '{{today}}', now: '{{now}}' })}
      </Typography.Paragraph>
    </Drawer>
  )
}
