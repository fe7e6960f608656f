// The one field for every hotkey setting: the agent presses the keys instead of spelling
// "CommandOrControl+Alt+O". Backspace or Delete alone clears it; Tab moves on as usual.
import { Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayHotkey, recordHotkey } from '../../shared/domain/hotkeys'

export const IS_MAC = typeof navigator !== 'undefined' && navigator.platform.startsWith('Mac')

type Props = {
  /** Optional only so that an antd Form.Item can fill value and onChange in. */
  value?: string
  onChange?(accelerator: string): void
  /** The field's accessible name (what the hotkey does). */
  label: string
  id?: string
  status?: 'error'
  disabled?: boolean
  'data-testid'?: string
}

export function HotkeyRecorder({ value = '', onChange = () => undefined, label, id, status, disabled, 'data-testid': testId }: Props) {
  const { t } = useTranslation()
  const [hint, setHint] = useState<string | null>(null)
  return (
    <Input
      id={id}
      readOnly
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      value={value === '' ? '' : displayHotkey(value, IS_MAC)}
      placeholder={t('hotkeys.recorder.placeholder')}
      status={hint || status ? 'error' : undefined}
      suffix={hint ?? <span />}
      onBlur={() => setHint(null)}
      onKeyDown={(e) => {
        if (e.key === 'Tab') return
        // Keep Alt+digit away from the section switcher while a hotkey is being recorded.
        e.preventDefault()
        e.stopPropagation()
        const recorded = recordHotkey(e.nativeEvent, IS_MAC)
        if (recorded.kind === 'set') onChange(recorded.accelerator)
        if (recorded.kind === 'clear') onChange('')
        setHint(recorded.kind === 'invalid' ? t('hotkeys.recorder.needsModifier') : null)
      }}
      style={{ width: 240 }}
    />
  )
}
