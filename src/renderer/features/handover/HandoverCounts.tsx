// Free notes for the next shift, and the cash and goods an office counts at the change of shift.
// Saved as the agent leaves each field, so "submit handover" never loses them.
import { Col, Form, Input, InputNumber, Row, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverRecord } from '../../../shared/contract'
import { formatYuan, parseYuan } from '../../../shared/domain/handover'
import { errorMessage } from '../../lib/errors'
import { useHandover } from './handover-store'

type Values = { notes: string; cash: string; itemCount: number | null }

export function HandoverCounts({ record }: { record: HandoverRecord | null }) {
  const { t } = useTranslation()
  const saveNotes = useHandover((s) => s.saveNotes)
  const [form] = Form.useForm<Values>()
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const initial: Values = {
    notes: record === null ? '' : record.notes,
    cash: record === null || record.cashCents === null ? '' : formatYuan(record.cashCents),
    itemCount: record === null ? null : record.itemCount,
  }

  const save = async (v: Values) => {
    try {
      await saveNotes({ notes: (v.notes ?? '').trim(), cashCents: v.cash?.trim() ? parseYuan(v.cash) : null, itemCount: v.itemCount ?? null })
      setStatus({ ok: true, text: t('handover.counts.saved') })
    } catch (error) {
      setStatus({ ok: false, text: errorMessage(error, t) })
    }
  }
  const saveIfChanged = () => {
    if (form.isFieldsTouched()) form.submit()
  }

  return (
    <Form key={record?.id ?? 'new'} form={form} name="handoverCounts" layout="vertical" initialValues={initial} onFinish={save} data-testid="handover-counts">
      <Form.Item name="notes" label={t('handover.counts.notes')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} placeholder={t('handover.counts.notesPlaceholder')} onBlur={saveIfChanged} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="cash"
            label={t('handover.counts.cash')}
            extra={t('handover.counts.optional')}
            rules={[{ validator: (_r, v: string | undefined) => (!v?.trim() || parseYuan(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('handover.counts.badCash')))) }]}
          >
            <Input suffix={t('handover.counts.yuan')} inputMode="decimal" onBlur={saveIfChanged} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="itemCount" label={t('handover.counts.goods')} extra={t('handover.counts.optional')}>
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} onBlur={saveIfChanged} />
          </Form.Item>
        </Col>
      </Row>
      {status && <Typography.Text type={status.ok ? 'secondary' : 'danger'}>{status.text}</Typography.Text>}
    </Form>
  )
}
