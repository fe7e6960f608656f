// Before the first question: what the tree's scripts need (the customer's Wangwang name, the
// order number…). Enter starts, Esc goes back to the list; optional fields may stay blank and
// are asked for later, only if a script needs them.
import { Button, Form, Input, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Tree } from '../../../shared/domain'
import { DateInput } from '../../lib/DateInput'
import { KeyHint } from './KeyHint'
import { useTrees } from './trees-store'

/** A tree input holding a date (purchaseDate…) takes the app's date field: typed forms become full dates at once. */
const DATE_INPUT = /date$/i

export function RunInputsForm({ tree }: { tree: Tree }) {
  const { t } = useTranslation()
  const { begin, cancelInputs } = useTrees.getState()
  const [form] = Form.useForm<Record<string, string>>()
  return (
    <div data-testid="tree-inputs" onKeyDown={(event) => event.key === 'Escape' && cancelInputs()}>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {tree.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trees.inputs.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={(values) => begin(tree, values)}>
        {tree.inputs.map((input, i) => (
          <Form.Item
            key={input.key}
            name={input.key}
            label={input.label}
            extra={input.hint}
            rules={input.required ? [{ required: true, whitespace: true, message: t('trees.inputs.required', { label: input.label }) }] : []}
          >
            {DATE_INPUT.test(input.key) ? (
              <DateInput past autoFocus={i === 0} onPressEnter={() => form.submit()} />
            ) : (
              <Input autoFocus={i === 0} maxLength={200} onPressEnter={() => form.submit()} />
            )}
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit">
            {t('trees.inputs.start')}
            <KeyHint>Enter</KeyHint>
          </Button>
          <Button onClick={cancelInputs}>
            {t('trees.cancel')}
            <KeyHint>Esc</KeyHint>
          </Button>
        </Space>
      </Form>
    </div>
  )
}
