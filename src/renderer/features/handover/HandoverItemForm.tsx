// Writing (or correcting) one handover item: who, which order, how urgent, what is going on,
// what the next shift must do, by when, and what the customer was promised.
import { Button, Col, Form, Input, Radio, Row, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem, HandoverItemFields } from '../../../shared/contract'
import { HANDOVER_URGENCIES } from '../../../shared/domain/handover'
import { handoverErrorMessage } from './handover-errors'
import { DateTimeInput } from '../../lib/DateTimeInput'
import { toLocalInput, typedMomentMs } from '../../lib/time'

type Values = { customer: string; orderNo: string; urgency: HandoverItem['urgency']; situation: string; nextStep: string; promised: string; due: string }

const EMPTY: Values = { customer: '', orderNo: '', urgency: 'normal', situation: '', nextStep: '', promised: '', due: '' }

export function HandoverItemForm({ item, submitLabel, onSave, onCancel }: { item?: HandoverItem; submitLabel: string; onSave(fields: HandoverItemFields): Promise<unknown>; onCancel?(): void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const initial: Values = item
    ? { customer: item.customer, orderNo: item.orderNo, urgency: item.urgency, situation: item.situation, nextStep: item.nextStep, promised: item.promised, due: toLocalInput(item.dueAt) }
    : EMPTY

  const save = async (v: Values) => {
    setBusy(true)
    setFailure(null)
    try {
      await onSave({ customer: v.customer.trim(), orderNo: v.orderNo.trim(), urgency: v.urgency, situation: v.situation.trim(), nextStep: v.nextStep.trim(), promised: v.promised.trim(), dueAt: typedMomentMs(v.due) })
      if (!item) form.resetFields()
    } catch (error) {
      setFailure(handoverErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} name={`handoverItem-${item?.id ?? 'new'}`} layout="vertical" requiredMark={false} initialValues={initial} onFinish={save} data-testid="handover-item-form">
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="customer" label={t('handover.field.customer')}>
            <Input maxLength={64} placeholder={t('handover.form.customerPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="orderNo" label={t('handover.field.orderNo')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="due"
            label={t('handover.field.due')}
            rules={[{ validator: (_r, v: string) => (!v || typedMomentMs(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('handover.form.badDue')))) }]}
          >
            <DateTimeInput />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="urgency" label={t('handover.field.urgency')}>
        <Radio.Group optionType="button" buttonStyle="solid" options={HANDOVER_URGENCIES.map((u) => ({ value: u, label: t(`handover.urgency.${u}`) }))} />
      </Form.Item>
      <Form.Item
        name="situation"
        label={t('handover.field.situation')}
        rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('handover.field.situation') }) }]}
        validateStatus={failure ? 'error' : undefined}
        help={failure ?? undefined}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('handover.form.situationPlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="nextStep" label={t('handover.field.nextStep')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder={t('handover.form.nextStepPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="promised" label={t('handover.field.promised')}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={t('handover.form.promisedPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('form.cancel')}</Button>}
      </Space>
    </Form>
  )
}
