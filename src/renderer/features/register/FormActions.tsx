// The foot of a register form: what went wrong, if anything, then Cancel and Save (Ctrl+Enter).
import { Alert, Button, Flex } from 'antd'
import { useTranslation } from 'react-i18next'

type Props = { failure: string | null; busy: boolean; onCancel?(): void }

export function FormActions({ failure, busy, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Flex justify="end" gap={8}>
        {onCancel ? <Button onClick={onCancel}>{t('form.cancel')}</Button> : null}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('register.saveWithKey')}
        </Button>
      </Flex>
    </>
  )
}
