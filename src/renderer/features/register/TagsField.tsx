// An entry's tags: typed freely, split on commas (either width) and spaces.
import { Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { REGISTER_LIMITS } from '../../../shared/domain/register'

export function TagsField() {
  const { t } = useTranslation()
  return (
    <Form.Item name="tags" label={t('register.fields.tags')}>
      <Select mode="tags" maxCount={REGISTER_LIMITS.tags} tokenSeparators={[',', '，', ' ']} placeholder={t('register.placeholders.tags')} />
    </Form.Item>
  )
}
