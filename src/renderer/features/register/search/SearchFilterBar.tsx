// Narrowing a search: which notebook, kind of note, state, dates and who wrote it.
import { Flex, Input, Select, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { SEARCH_NOTEBOOKS } from '../../../../shared/domain/search'
import type { SearchFilters } from '../../../../shared/ipc/search'
import { DateField } from '../../../lib/DateField'
import { FILTER_KINDS, FILTER_STATUSES, kindLabel, statusLabel } from './facet-labels'


function dayStart(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : undefined
}

const pad = (n: number) => String(n).padStart(2, '0')
function dayKey(ms: number | undefined): string {
  if (ms === undefined) return ''
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export function SearchFilterBar({ filters, onChange }: { filters: SearchFilters; onChange(filters: SearchFilters): void }) {
  const { t } = useTranslation()
  const from = dayKey(filters.from)
  // `to` is exclusive (the next midnight); the field shows the last day included.
  const to = dayKey(filters.to === undefined ? undefined : filters.to - 1)
  const reversed = filters.from !== undefined && filters.to !== undefined && filters.to <= filters.from
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch })
  const many = (values: string[]) => (values.length === 0 ? undefined : values)
  return (
    <Flex gap={8} wrap align="center" data-testid="search-filters">
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 150 }}
        placeholder={t('register.search.allNotebooks')}
        aria-label={t('register.search.notebook')}
        value={filters.notebooks ?? []}
        onChange={(v) => set({ notebooks: many(v) })}
        options={SEARCH_NOTEBOOKS.map((n) => ({ value: n, label: t(`register.search.notebooks.${n}`) }))}
      />
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 130 }}
        placeholder={t('register.search.allKinds')}
        aria-label={t('register.fields.kind')}
        value={filters.kinds ?? []}
        onChange={(v) => set({ kinds: many(v) })}
        options={Object.entries(FILTER_KINDS).flatMap(([notebook, kinds]) => kinds.map((k) => ({ value: k, label: kindLabel(notebook, k, t) })))}
      />
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 130 }}
        placeholder={t('register.search.allStatuses')}
        aria-label={t('register.fields.status')}
        value={filters.statuses ?? []}
        onChange={(v) => set({ statuses: many(v) })}
        options={Object.entries(FILTER_STATUSES).flatMap(([notebook, statuses]) => statuses.map((s) => ({ value: s, label: statusLabel(notebook, s, t) })))}
      />
      <DateField style={{ width: 190 }} aria-label={t('register.search.from')} value={from} onDate={(day) => set({ from: day === undefined ? undefined : dayStart(day) })} />
      <Typography.Text type="secondary">{t('register.search.through')}</Typography.Text>
      <DateField
        style={{ width: 190 }}
        aria-label={t('register.search.to')}
        value={to}
        onDate={(day) => {
          const start = day === undefined ? undefined : dayStart(day)
          set({ to: start === undefined ? undefined : new Date(new Date(start).setDate(new Date(start).getDate() + 1)).getTime() })
        }}
      />
      <Input style={{ width: 140 }} allowClear placeholder={t('register.search.author')} aria-label={t('register.search.author')} value={filters.author ?? ''} onChange={(e) => set({ author: e.target.value || undefined })} />
      {reversed ? <Typography.Text type="danger">{t('register.search.reversed')}</Typography.Text> : null}
    </Flex>
  )
}
