// The follow-up form (跟进): an order that cannot be settled on the spot, with the buyer, the
// order, what they want, what was promised and when to call back. Reusable anywhere: order
// decision trees and the handover open it prefilled (`useRegister.getState().openFollowUp`).
import { Alert, Button, Checkbox, Col, Form, Input, Row, Select, Space, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CHECK_STATES, FOLLOW_UP_STATUSES, nextWorkingDayDue, parsePurchaseDate, REGISTER_LIMITS } from '../../../shared/domain/register'
import type { RegisterEntry } from '../../../shared/ipc/register'
import { DateInput } from '../../lib/DateInput'
import { DateTimeInput } from '../../lib/DateTimeInput'
import { toLocalInput, typedMomentMs } from '../../lib/time'
import { DraftNotice } from './DraftNotice'
import { followUpDraft, hasPrefill, valuesFromEntry, valuesFromPrefill, type FollowUpPrefill, type FollowUpValues } from './follow-up-values'
import { FormActions } from './FormActions'
import { refuseOversizePaste } from './form-guards'
import { TagsField } from './TagsField'
import { useEntryEditor } from './useEntryEditor'
import { NEW_FOLLOW_UP_DRAFT } from './draft-forms'

export type FollowUpFormProps = {
  /** Values another screen already knows (customer, order number, problem…). */
  initial?: FollowUpPrefill
  /** Edit this saved follow-up instead of writing a new one. */
  entryId?: string
  onSaved?(entry: RegisterEntry): void
  onCancel?(): void
}

const HOUR = 3_600_000

export function FollowUpForm({ initial = {}, entryId, onSaved, onCancel }: FollowUpFormProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<FollowUpValues>()
  const [start, setStart] = useState<FollowUpValues | null>(null)
  const [notice, setNotice] = useState<'restored' | 'available' | null>(null)
  // The entry's `text` is the follow-up's problem.
  const label = (field: string) => t(`register.fields.${field === 'text' ? 'problem' : field}`)
  const { draft, saved, failure, busy, formProps } = useEntryEditor<FollowUpValues>({
    entryId,
    newDraft: NEW_FOLLOW_UP_DRAFT,
    form,
    label,
    toEntry: (values, entry) => followUpDraft(values, entry?.answer ?? ''),
    onSaved,
  })

  // Start from the saved entry or the prefill; a draft left from before wins unless the form was
  // opened with fresh values, in which case the agent chooses.
  useEffect(() => {
    if (start !== null || draft.recovered === undefined || saved === undefined) return
    const base = saved ? valuesFromEntry(saved) : valuesFromPrefill(initial, Date.now())
    const recovered = draft.recovered
    const saveDraft = draft.save
    if (recovered && (saved || !hasPrefill(initial))) {
      setStart({ ...base, ...recovered.values })
      setNotice('restored')
    } else {
      setStart(base)
      if (recovered) setNotice('available')
      // What another screen filled in is kept like typing: closing the form unsaved leaves it as a draft.
      else if (!saved && hasPrefill(initial)) saveDraft(base)
    }
  }, [draft.recovered, draft.save, saved, initial, start])

  const restart = async () => {
    await draft.discard()
    form.setFieldsValue(saved ? valuesFromEntry(saved) : valuesFromPrefill(initial, Date.now()))
    setNotice(null)
  }

  const useRecovered = () => {
    if (draft.recovered) form.setFieldsValue(draft.recovered.values)
    setNotice('restored')
  }

  type LimitedField = 'customer' | 'orderNo' | 'text' | 'buyerWants' | 'promised' | 'resolution'
  const refused = (field: LimitedField) => (length: number) =>
    form.setFields([{ name: field, errors: [t('register.limits.pasteRefused', { length, max: REGISTER_LIMITS[field] })] }])
  const max = (field: LimitedField) => ({ max: REGISTER_LIMITS[field], message: t('form.tooLong', { field: label(field), max: REGISTER_LIMITS[field] }) })
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field: label(field) }) })
  const setDue = (ms: number) => {
    form.setFieldsValue({ due: toLocalInput(ms) })
    draft.save(form.getFieldsValue(true) as FollowUpValues)
  }

  if (start === null) return failure ? <Alert type="error" showIcon title={failure} /> : <Spin style={{ display: 'block', margin: '48px auto' }} />
  return (
    <Form {...formProps} initialValues={start} requiredMark data-testid="follow-up-form">
      {notice && draft.recovered ? <DraftNotice kind={notice} savedAt={draft.recovered.savedAt} onAction={notice === 'restored' ? () => void restart() : useRecovered} /> : null}
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="customer" label={label('customer')} rules={[required('customer'), max('customer')]}>
            <Input autoFocus placeholder={t('register.placeholders.customer')} onPaste={refuseOversizePaste(REGISTER_LIMITS.customer, refused('customer'))} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name="orderNo" label={label('orderNo')} rules={[max('orderNo')]}>
            <Input inputMode="numeric" placeholder={t('register.placeholders.orderNo')} onPaste={refuseOversizePaste(REGISTER_LIMITS.orderNo, refused('orderNo'))} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item
            name="purchaseDate"
            label={label('purchaseDate')}
            rules={[
              {
                validator: async (_, value: string) => {
                  if (!value || value.trim() === '') return
                  const parsed = parsePurchaseDate(value, new Date())
                  if (!parsed.ok) throw new Error(t(`register.dates.${parsed.reason}`))
                },
              },
            ]}
          >
            <DateInput past aria-label={label('purchaseDate')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="text" label={label('text')} rules={[required('text'), max('text')]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('register.placeholders.problem')} onPaste={refuseOversizePaste(REGISTER_LIMITS.text, refused('text'))} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="buyerWants" label={label('buyerWants')} rules={[max('buyerWants')]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('register.placeholders.buyerWants')} onPaste={refuseOversizePaste(REGISTER_LIMITS.buyerWants, refused('buyerWants'))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="promised" label={label('promised')} rules={[max('promised')]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('register.placeholders.promised')} onPaste={refuseOversizePaste(REGISTER_LIMITS.promised, refused('promised'))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item
            label={label('due')}
            required
            extra={
              <Space size={4} style={{ marginTop: 4 }}>
                <Button size="small" onClick={() => setDue(nextWorkingDayDue(new Date()).getTime())}>
                  {t('register.due.nextWorkingDay')}
                </Button>
                <Button size="small" onClick={() => setDue(Date.now() + 2 * HOUR)}>
                  {t('register.due.inTwoHours')}
                </Button>
              </Space>
            }
          >
            <Form.Item
              name="due"
              noStyle
              rules={[
                {
                  validator: async (_, value: string) => {
                    if (!value) throw new Error(t('form.required', { field: label('due') }))
                    if (typedMomentMs(value) === null) throw new Error(t('register.dates.invalid'))
                  },
                },
              ]}
            >
              <DateTimeInput aria-label={label('due')} />
            </Form.Item>
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="status" label={label('status')}>
            <Select options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="resolution" label={label('resolution')} rules={[max('resolution')]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('register.placeholders.resolution')} onPaste={refuseOversizePaste(REGISTER_LIMITS.resolution, refused('resolution'))} />
      </Form.Item>
      <Row gutter={12} align="middle">
        <Col span={10}>
          <Form.Item name="checkState" label={label('checkState')}>
            <Select options={CHECK_STATES.map((s) => ({ value: s, label: t(`register.check.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="hard" valuePropName="checked" label=" " colon={false}>
            <Checkbox>{t('register.hard.flag')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <TagsField />
      <FormActions failure={failure} busy={busy} onCancel={onCancel} />
    </Form>
  )
}
