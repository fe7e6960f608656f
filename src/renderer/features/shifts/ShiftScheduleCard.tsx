// Settings: the shop's shifts. Overlaps are fine (the handover half hour); an end before the
// start means the shift ends the next day. Two presets from the shops' handbooks.
import { Alert, App, Button, Card, Flex, Input, Space, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Shift } from '../../../shared/contract'
import type { ShiftDraft } from '../../../shared/ipc/shifts'
import { DEFAULT_SHIFTS, PRESET_LONG_SHIFTS, validateShiftTime, type ShiftDef } from '../../../shared/domain/shifts'
import { errorMessage } from '../../lib/errors'
import { useShifts } from './shift-store'

/** A row of the editor: a shift added here has no id until main gives it one on save, so React keys it by `key`. */
type Row = ShiftDraft & { key: string }

const keyed = (shifts: readonly Shift[]): Row[] => shifts.map((s) => ({ ...s, key: s.id }))
const named = (defs: readonly ShiftDef[]): Row[] => keyed(defs.map((d) => ({ ...d, name: '' })))
const draftOf = ({ id, name, start, end }: Row): ShiftDraft => (id === undefined ? { name, start, end } : { id, name, start, end })
const sameSchedule = (a: readonly ShiftDraft[], b: readonly ShiftDraft[]) => JSON.stringify(a) === JSON.stringify(b)
const edited = (draft: { rows: Row[]; from: Shift[] }) => !sameSchedule(draft.rows.map(draftOf), draft.from)

function problemOf(rows: Row[]): string | null {
  if (rows.length === 0) return 'empty'
  if (rows.some((r) => !validateShiftTime(r.start) || !validateShiftTime(r.end))) return 'time'
  if (rows.some((r) => r.start === r.end)) return 'same'
  return null
}

export function ShiftScheduleCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { shifts, load, save } = useShifts()
  // The rows being edited and the schedule they were made from. A schedule that arrives later (a
  // lead's change synced from another PC) replaces rows the lead has not edited; edited rows stay,
  // and a notice offers the new schedule instead.
  const [draft, setDraft] = useState<{ rows: Row[]; from: Shift[] } | null>(null)
  const [seen, setSeen] = useState<Shift[] | null>(null)
  if (shifts !== seen) {
    setSeen(shifts)
    if (shifts && (draft === null || !edited(draft))) setDraft({ rows: keyed(shifts), from: shifts })
  }

  useEffect(() => {
    load().catch((error: unknown) => void message.error(errorMessage(error, t)))
  }, [load, message, t])

  if (!draft || !shifts) return <Card title={t('shifts.settings.title')} loading />
  const { rows } = draft
  const setRows = (next: Row[]) => setDraft({ ...draft, rows: next })
  const restart = (schedule: Shift[]) => setDraft({ rows: keyed(schedule), from: schedule })
  const changedElsewhere = edited(draft) && !sameSchedule(draft.from, shifts)
  const edit = (index: number, patch: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)))
  const problem = problemOf(rows)
  const changed = JSON.stringify(rows.map(draftOf)) !== JSON.stringify(shifts)
  const addShift = () => {
    let n = rows.length + 1
    while (rows.some((r) => r.key === `shift-${n}`)) n++
    setRows([...rows, { key: `shift-${n}`, name: t('shifts.settings.newName', { n }), start: '12:00', end: '18:00' }])
  }

  return (
    <Card
      title={t('shifts.settings.title')}
      data-testid="shift-schedule"
    >
      <Typography.Paragraph type="secondary">{t('shifts.settings.help')}</Typography.Paragraph>
      {/* Below the help, not in the card's header: beside the title they squeezed it to "班…". */}
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('shifts.settings.presets')}</Typography.Text>
        <Button size="small" onClick={() => setRows(named(DEFAULT_SHIFTS))}>
          {t('shifts.settings.presetDefault')}
        </Button>
        <Button size="small" onClick={() => setRows(named(PRESET_LONG_SHIFTS))}>
          {t('shifts.settings.presetLong')}
        </Button>
      </Space>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {rows.map((row, i) => (
          <Flex key={row.key} gap={8} align="center" wrap>
            <Input
              style={{ width: 140 }}
              value={row.name}
              maxLength={20}
              placeholder={t(`shifts.${row.id ?? row.key}`, { defaultValue: row.id ?? row.key })}
              aria-label={t('shifts.settings.name')}
              onChange={(e) => edit(i, { name: e.target.value })}
            />
            <Input type="time" style={{ width: 120 }} value={row.start} aria-label={t('shifts.settings.start')} onChange={(e) => edit(i, { start: e.target.value })} />
            <span>—</span>
            <Input type="time" style={{ width: 120 }} value={row.end} aria-label={t('shifts.settings.end')} onChange={(e) => edit(i, { end: e.target.value })} />
            {row.end < row.start && <Tag color="purple">{t('shifts.settings.nextDay')}</Tag>}
            <Button type="text" danger disabled={rows.length === 1} onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('shifts.settings.remove')}
            </Button>
          </Flex>
        ))}
        {problem && <Alert type="warning" showIcon title={t(`shifts.settings.problem.${problem}`)} />}
        {changedElsewhere && (
          <Alert
            type="info"
            showIcon
            title={t('shifts.settings.changedElsewhere')}
            description={t('shifts.settings.changedElsewhereSave')}
            action={
              <Button size="small" onClick={() => restart(shifts)}>
                {t('shifts.settings.useNew')}
              </Button>
            }
          />
        )}
        <Space>
          <Button onClick={addShift} disabled={rows.length >= 6}>
            {t('shifts.settings.add')}
          </Button>
          <Button
            type="primary"
            disabled={!changed || problem !== null}
            onClick={() =>
              save(rows.map((r) => ({ ...draftOf(r), name: r.name.trim() })))
                .then(() => {
                  // The saved schedule, with the ids main gave new shifts, is what the next edit starts from.
                  const saved = useShifts.getState().shifts
                  if (saved) restart(saved)
                  void message.success(t('shifts.settings.saved'))
                })
                .catch((error: unknown) => void message.error(errorMessage(error, t)))
            }
          >
            {t('form.save')}
          </Button>
        </Space>
      </Space>
    </Card>
  )
}
