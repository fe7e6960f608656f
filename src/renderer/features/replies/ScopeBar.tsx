// The category tabs (全部 / 常用 / 售前 / 售后 / 物流 / 充值 …) and, inside a category, its
// sub-groups. Each tab counts what the search finds in it (all of it when the box is empty).
import { Tabs, Tag } from 'antd'
import { memo, useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { categoriesOf, groupsOf } from './categories'
import { ALL_TAB, FREQUENT_TAB, type ReplyScope } from './reply-search'

type Props = {
  replies: readonly Reply[]
  /** The replies the current search finds (every reply when the search is empty). */
  matching: readonly Reply[]
  scope: ReplyScope
  onChange(scope: ReplyScope): void
  extra?: ReactNode
}

export const ScopeBar = memo(function ScopeBar({ replies, matching, scope, onChange, extra }: Props) {
  const { t } = useTranslation()
  const counts = useMemo(() => {
    const byCategory = new Map<string, number>()
    let frequent = 0
    for (const r of matching) {
      byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1)
      if (r.weekUses > 0) frequent++
    }
    return { byCategory, frequent }
  }, [matching])
  const categories = useMemo(() => categoriesOf(replies), [replies])
  const groups = useMemo(() => (scope.tab === ALL_TAB || scope.tab === FREQUENT_TAB ? [] : groupsOf(replies, scope.tab)), [replies, scope.tab])

  const count = (n: number) => <span style={{ color: '#8c8c8c', fontSize: 12, marginInlineStart: 4 }}>{n}</span>
  const items = [
    { key: ALL_TAB, label: <span>{t('replies.tabs.all')}{count(matching.length)}</span> },
    { key: FREQUENT_TAB, label: <span title={t('replies.tabs.frequentHint')}>{t('replies.tabs.frequent')}{count(counts.frequent)}</span> },
    ...categories.map((c) => ({ key: `cat:${c}`, label: <span>{c || t('replies.uncategorised')}{count(counts.byCategory.get(c) ?? 0)}</span> })),
  ]
  const activeKey = scope.tab === ALL_TAB || scope.tab === FREQUENT_TAB ? scope.tab : `cat:${scope.tab}`

  return (
    <div>
      <Tabs
        size="small"
        activeKey={activeKey}
        items={items}
        onChange={(key) => onChange({ tab: key.startsWith('cat:') ? key.slice(4) : key, group: '' })}
        tabBarExtraContent={extra}
        tabBarStyle={{ marginBottom: groups.length > 0 ? 6 : 8 }}
      />
      {groups.length > 0 && (
        <div role="group" aria-label={t('replies.groups')} style={{ marginBottom: 8, display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          <Tag.CheckableTag checked={scope.group === ''} onChange={() => onChange({ tab: scope.tab, group: '' })}>
            {t('replies.allGroups')}
          </Tag.CheckableTag>
          {groups.map((g) => (
            <Tag.CheckableTag key={g} checked={scope.group === g} onChange={() => onChange({ tab: scope.tab, group: scope.group === g ? '' : g })}>
              {g}
            </Tag.CheckableTag>
          ))}
        </div>
      )}
    </div>
  )
})
