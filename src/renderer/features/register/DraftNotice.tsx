// The line above a register form about a draft left from before: 'restored' (the form holds it;
// the agent may throw it away) or 'available' (the form holds fresh values; the agent may take the draft).
import { Alert, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatShort } from '../../lib/time'

type Props = { kind: 'restored' | 'available'; savedAt: number; onAction(): void }

export function DraftNotice({ kind, savedAt, onAction }: Props) {
  const { t } = useTranslation()
  return (
    <Alert
      type={kind === 'restored' ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={t(`register.draft.${kind}`, { time: formatShort(savedAt) })}
      action={
        <Button size="small" onClick={onAction}>
          {t(kind === 'restored' ? 'register.draft.discard' : 'register.draft.use')}
        </Button>
      }
    />
  )
}
