// The date field for filters and pickers that only want whole dates (the report's day, a search's
// range, the presence log's day): the typing stays in the box, and `onDate` hears a date only once
// it is one (typed in full, normalised on Enter or leaving the box, or picked), or undefined when cleared.
import { useEffect, useState, type CSSProperties } from 'react'
import { parseTypedDate } from '../../shared/domain/register'
import { DateInput } from './DateInput'

type Props = { value: string; onDate(date: string | undefined): void; past?: boolean; 'aria-label': string; style?: CSSProperties }

export function DateField({ value, onDate, past = false, 'aria-label': label, style }: Props) {
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  const change = (typed: string) => {
    setText(typed)
    if (typed.trim() === '') return onDate(undefined)
    const parsed = parseTypedDate(typed, new Date(), { past })
    if (parsed.ok && parsed.value === typed.trim()) onDate(parsed.value)
  }
  return <DateInput value={text} onChange={change} past={past} aria-label={label} style={style} />
}
