// The category tabs and sub-groups, read off the replies themselves: a category exists while a
// reply uses it, and a new one appears as soon as a reply is saved in it.
import type { Reply } from '../../../shared/ipc/replies'

/** The handbooks' own order (pre-sales, after-sales, logistics, top-up, general); others follow as first met. */
const USUAL_ORDER = ['售前', '售后', '物流', '充值', '通用']

export function categoriesOf(replies: readonly Reply[]): string[] {
  const seen = new Set<string>()
  for (const r of replies) seen.add(r.category)
  const usual = USUAL_ORDER.filter((c) => seen.has(c))
  const others = [...seen].filter((c) => c !== '' && !USUAL_ORDER.includes(c))
  return [...usual, ...others, ...(seen.has('') ? [''] : [])]
}

export function groupsOf(replies: readonly Reply[], category: string): string[] {
  const seen = new Set<string>()
  for (const r of replies) if (r.category === category && r.group !== '') seen.add(r.group)
  return [...seen]
}
