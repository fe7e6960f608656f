// Records a global hotkey by pressing it, so nobody has to spell "CommandOrControl+Alt+O".
// Backspace or Delete alone clears it (no hotkey); Tab moves on as usual.
import { Input } from 'antd'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'])

/** The accelerator of a key press, or null while only modifiers are held. */
export function acceleratorFromKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>): string | null {
  if (MODIFIER_KEYS.has(event.key)) return null
  let key: string | null = null
  if (/^Key[A-Z]$/.test(event.code)) key = event.code.slice(3)
  else if (/^Digit\d$/.test(event.code)) key = event.code.slice(5)
  else if (/^F\d{1,2}$/.test(event.code)) key = event.code
  else if (event.code === 'Space') key = 'Space'
  if (key === null) return null
  const parts = [event.ctrlKey && 'Control', event.altKey && 'Alt', event.shiftKey && 'Shift', event.metaKey && 'Super'].filter(Boolean)
  return [...parts, key].join('+')
}

export function HotkeyInput({ value, onChange, id }: { value: string; onChange(value: string): void; id?: string }) {
  const { t } = useTranslation()
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Tab') return
    event.preventDefault()
    const noModifier = !event.ctrlKey && !event.altKey && !event.shiftKey && !event.metaKey
    if (noModifier && (event.key === 'Backspace' || event.key === 'Delete')) {
      onChange('')
      return
    }
    const accelerator = acceleratorFromKey(event)
    if (accelerator) onChange(accelerator)
  }
  return <Input id={id} readOnly value={value} placeholder={t('presence.settings.hotkeyNone')} onKeyDown={onKeyDown} style={{ width: 260 }} data-testid="presence-hotkey-input" />
}
