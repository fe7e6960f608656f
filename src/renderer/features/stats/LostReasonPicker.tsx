// The lost-deal reason picker (未成交原因), driven from the keyboard: a digit picks and saves at
// once, the arrows move, Enter saves the highlighted reason with the note, Esc closes. The tally
// was saved when its key was pressed; this only adds why.
import { Button, Flex, Input, Modal, Typography } from 'antd'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_LOST_NOTE, type LostReason } from '../../../shared/domain/stats'
import type { Tally } from '../../../shared/ipc/stats'
import { formatClock } from './format'
import { lostReasonLabel } from './lost-reason-label'

type Props = {
  /** The tally to give a reason for; null keeps the picker closed. */
  tally: Tally | null
  reasons: readonly LostReason[]
  /** reasonId null clears the reason. Resolves once saved; the picker then closes. */
  onPick(reasonId: string | null, note: string): Promise<void>
  onClose(): void
}

export function LostReasonPicker({ tally, reasons, onPick, onClose }: Props) {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const list = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!tally) return
    const given = reasons.findIndex((r) => r.id === tally.lostReason?.id)
    setIndex(Math.max(0, given))
    setNote(tally.lostReason?.note ?? '')
    // The digits must reach the list, not the dialog's frame: focus it once it is drawn, and
    // again when the opening animation ends (the dialog focuses its frame then, if focus is outside).
    const frame = requestAnimationFrame(() => list.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [tally, reasons])

  const pick = async (reasonId: string | null) => {
    if (busy) return
    setBusy(true)
    try {
      await onPick(reasonId, note.trim())
    } finally {
      setBusy(false)
    }
  }

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const digit = /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1
    if (digit >= 0 && digit < reasons.length) {
      event.preventDefault()
      setIndex(digit)
      void pick(reasons[digit]!.id)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setIndex((i) => (i + step + reasons.length) % reasons.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      void pick(reasons[index]!.id)
    }
  }

  const who = tally?.customer ? t('stats.lostReason.forCustomer', { time: tally ? formatClock(tally.at) : '', customer: tally.customer }) : t('stats.lostReason.forTime', { time: tally ? formatClock(tally.at) : '' })
  return (
    <Modal
      open={tally !== null}
      title={t('stats.lostReason.title')}
      onCancel={onClose}
      afterOpenChange={(open) => open && list.current?.focus()}
      destroyOnHidden
      footer={
        <Flex justify="space-between">
          <span>
            {tally?.lostReason && (
              <Button danger disabled={busy} onClick={() => void pick(null)} data-testid="lost-reason-clear">
                {t('stats.lostReason.clear')}
              </Button>
            )}
          </span>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('stats.lostReason.skip')}</Button>
            <Button type="primary" loading={busy} onClick={() => void pick(reasons[index]!.id)} data-testid="lost-reason-save">
              {t('stats.lostReason.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{who}</Typography.Text>
        <div
          ref={list}
          tabIndex={0}
          role="listbox"
          aria-label={t('stats.lostReason.title')}
          aria-activedescendant={`lost-reason-${index}`}
          onKeyDown={onListKey}
          data-testid="lost-reason-list"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 6, outline: 'none' }}
        >
          {reasons.map((reason, i) => (
            <div
              key={reason.id}
              id={`lost-reason-${i}`}
              role="option"
              aria-selected={i === index}
              onClick={() => {
                setIndex(i)
                void pick(reason.id)
              }}
              style={{
                cursor: 'pointer',
                padding: '6px 10px',
                borderRadius: 6,
                border: `1px solid ${i === index ? '#1677ff' : '#d9d9d9'}`,
                background: i === index ? '#e6f4ff' : undefined,
              }}
            >
              <kbd style={{ fontFamily: 'inherit', fontSize: 12, border: '1px solid #bfbfbf', borderRadius: 4, padding: '0 5px', marginInlineEnd: 8, visibility: i < 9 ? 'visible' : 'hidden' }}>{i + 1}</kbd>
              {lostReasonLabel(reason, t)}
            </div>
          ))}
        </div>
        <Input
          value={note}
          maxLength={MAX_LOST_NOTE}
          onChange={(e) => setNote(e.target.value)}
          onPressEnter={() => void pick(reasons[index]!.id)}
          placeholder={t('stats.lostReason.note')}
          aria-label={t('stats.lostReason.note')}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('stats.lostReason.keysHint')}
        </Typography.Text>
      </Flex>
    </Modal>
  )
}
