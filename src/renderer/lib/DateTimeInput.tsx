// The one field for a moment (a callback due, a handover deadline): type it the way you would say
// it (明天 20:00, 12月6日下午3点, 8点半…) and it becomes a full date and time as soon as you leave
// the field or press Enter; or pick it beside it. Works as an antd form control (value / onChange)
// holding 'YYYY-MM-DD HH:mm' once it is one (a 'T' between them is read too), the typing until then.
import { Input, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { parseTypedMoment } from '../../shared/domain/register'
import { DEFAULT_MOMENT_TIME } from './time'

/** 2026-12-08T20:00 as people write it: 2026-12-08 20:00. */
const readable = (value: string) => value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/, '$1 $2')

type Props = { value?: string; onChange?(value: string): void; onPressEnter?(): void; id?: string; 'aria-label'?: string }

export function DateTimeInput({ value = '', onChange, onPressEnter, id, 'aria-label': label }: Props) {
  const { t } = useTranslation()
  const parsed = value.trim() === '' ? null : parseTypedMoment(value, new Date(), { defaultTime: DEFAULT_MOMENT_TIME })
  const normalise = () => {
    const shown = parsed?.ok ? readable(parsed.value) : null
    if (shown !== null && shown !== value) onChange?.(shown)
  }
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        aria-label={label}
        value={readable(value)}
        placeholder={t('dates.momentPlaceholder')}
        onChange={(e) => onChange?.(e.target.value)}
        onBlur={normalise}
        onPressEnter={() => {
          normalise()
          onPressEnter?.()
        }}
        maxLength={40}
      />
      <input
        type="datetime-local"
        className="date-input-picker"
        tabIndex={-1}
        title={t('dates.pickMoment')}
        aria-label={t('dates.pickMoment')}
        value={parsed?.ok ? parsed.value : ''}
        onChange={(e) => e.target.value && onChange?.(readable(e.target.value))}
      />
    </Space.Compact>
  )
}
