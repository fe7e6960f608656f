// Shows one global hotkey and records a new one when the agent presses it.
import { Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { displayAccelerator } from '../../../shared/ipc/stats-hotkeys'
import { recordHotkey } from './hotkey-recorder'

type Props = { value: string; onChange(accelerator: string): void; label: string; status?: 'error' }

export function HotkeyInput({ value, onChange, label, status }: Props) {
  const { t } = useTranslation()
  const [hint, setHint] = useState<string | null>(null)
  return (
    <Input
      readOnly
      aria-label={label}
      value={value === '' ? '' : displayAccelerator(value, navigator.platform.startsWith('Mac'))}
      placeholder={t('stats.hotkeys.none')}
      status={hint || status ? 'error' : undefined}
      suffix={hint ?? undefined}
      onBlur={() => setHint(null)}
      onKeyDown={(e) => {
        if (e.key === 'Tab') return
        // Keep Alt+digit away from the section switcher while a hotkey is being recorded.
        e.preventDefault()
        e.stopPropagation()
        const recorded = recordHotkey(e.nativeEvent)
        if (recorded.kind === 'set') onChange(recorded.accelerator)
        if (recorded.kind === 'clear') onChange('')
        setHint(recorded.kind === 'invalid' ? t('stats.hotkeys.needsModifier') : null)
      }}
      style={{ width: 220 }}
    />
  )
}
