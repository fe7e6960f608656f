// A text box for a date or a moment, with the browser's picker beside it: the agent types it the
// way they would say it, and it becomes the full form as soon as they leave the box or press Enter.
// DateInput and DateTimeInput give it their reader; it works as an antd form control.
import { Input, Space } from 'antd'
import type { CSSProperties } from 'react'

export type TypedPickerProps = {
  value?: string
  onChange?(value: string): void
  /** Enter, after the typing is made a full date (a form may save or go on). */
  onPressEnter?(): void
  id?: string
  autoFocus?: boolean
  'aria-label'?: string
  style?: CSSProperties
}

type Reader = {
  /** The picker's form of the typed value ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'), or null when it is not one yet. */
  read(value: string): string | null
  /** How the box shows a value in the picker's form. */
  show(full: string): string
  picker: 'date' | 'datetime-local'
  placeholder: string
  pickLabel: string
}

export function TypedPickerInput({ value = '', onChange, onPressEnter, id, autoFocus, 'aria-label': label, style, read, show, picker, placeholder, pickLabel }: TypedPickerProps & Reader) {
  const full = value.trim() === '' ? null : read(value)
  const normalise = () => {
    if (full !== null && show(full) !== value) onChange?.(show(full))
  }
  return (
    <Space.Compact style={{ width: '100%', ...style }}>
      <Input
        id={id}
        autoFocus={autoFocus}
        aria-label={label}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange?.(e.target.value)}
        onBlur={normalise}
        onPressEnter={() => {
          normalise()
          onPressEnter?.()
        }}
        maxLength={40}
      />
      <input
        type={picker}
        className="date-input-picker"
        tabIndex={-1}
        title={pickLabel}
        aria-label={pickLabel}
        value={full ?? ''}
        onChange={(e) => e.target.value && onChange?.(show(e.target.value))}
      />
    </Space.Compact>
  )
}
