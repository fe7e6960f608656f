// Names for the kinds and states that notebooks put into the search index. Each notebook keeps
// its own words in its own i18n section; a value nobody names is shown as it is.
import type { TFunction } from 'i18next'

const KIND_KEYS: Record<string, string> = { register: 'register.kinds', handover: 'handover.urgency' }
const STATUS_KEYS: Record<string, string> = { register: 'register.search.statuses', handover: 'handover.state' }

/** Kinds and states offered as filters, by notebook. */
export const FILTER_KINDS = { register: ['question', 'idea', 'followup'], handover: ['urgent', 'normal', 'potential'] } as const
export const FILTER_STATUSES = { register: ['unanswered', 'answered', 'todo', 'doing', 'done'], handover: ['awaiting', 'held'] } as const

function lookup(keys: Record<string, string>, notebook: string, value: string, t: TFunction): string {
  const base = keys[notebook]
  return base ? t(`${base}.${value}`, { defaultValue: value }) : value
}

export const kindLabel = (notebook: string, kind: string, t: TFunction) => lookup(KIND_KEYS, notebook, kind, t)
export const statusLabel = (notebook: string, status: string, t: TFunction) => lookup(STATUS_KEYS, notebook, status, t)
