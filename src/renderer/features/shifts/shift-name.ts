// A shift's name: the one the shop gave it, else the translated default for day and night.
import type { TFunction } from 'i18next'
import type { Shift } from '../../../shared/contract'

export function shiftName(shiftId: string, shifts: readonly Shift[] | null, t: TFunction): string {
  const named = shifts?.find((s) => s.id === shiftId)?.name
  return named || t(`shifts.${shiftId}`, { defaultValue: shiftId })
}
