// The one field for a moment (a callback due, a handover deadline): type it the way you would say
// it (明天 20:00, 12月6日下午3点, 8点半…) and it becomes a full date and time as soon as you leave
// the field or press Enter; or pick it beside it. Holds 'YYYY-MM-DD HH:mm' once it is one (a 'T'
// between them is read too), the typing until then.
import { useTranslation } from 'react-i18next'
import { parseTypedMoment } from '../../shared/domain/register'
import { DEFAULT_MOMENT_TIME } from './time'
import { TypedPickerInput, type TypedPickerProps } from './TypedPickerInput'

/** 2026-12-08T20:00 as people write it: 2026-12-08 20:00. */
const readable = (value: string) => value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/, '$1 $2')

export function DateTimeInput({ value = '', ...props }: TypedPickerProps) {
  const { t } = useTranslation()
  const read = (typed: string) => {
    const parsed = parseTypedMoment(typed, new Date(), { defaultTime: DEFAULT_MOMENT_TIME })
    return parsed.ok ? parsed.value : null
  }
  return <TypedPickerInput {...props} value={readable(value)} read={read} show={readable} picker="datetime-local" placeholder={t('dates.momentPlaceholder')} pickLabel={t('dates.pickMoment')} />
}
