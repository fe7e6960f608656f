// Synthetic quick-reply libraries for the benchmarks: the default library's 42 scripts varied by
// product and number, so there are many similar titles (the hard case for ranking) and every
// reply has a unique shortcut. Deterministic: the same n always gives the same replies.
import defaults from '../../assets/default-replies.json'
import type { ReplyDoc } from '../../src/shared/domain'
import { replySearchKeys } from '../../src/shared/domain'

const PRODUCTS = ['连衣裙', '手机壳', '充电宝', '羽绒服', '运动鞋', '话费', '流量包', '保温杯', '面膜', '蓝牙耳机', '四件套', '儿童书包', '口红', '跑步机', '猫粮', '电饭煲', '牛仔裤', '茶叶', '洗衣液', '台灯']

export type BenchReply = { title: string; body: string; shortcut: string; category: string; group: string }

function variant(i: number): { d: (typeof defaults)[number]; base: string; suffix: string; product: string } {
  const d = defaults[i % defaults.length]!
  const product = PRODUCTS[Math.floor(i / defaults.length) % PRODUCTS.length]!
  const round = Math.floor(i / (defaults.length * PRODUCTS.length))
  return { d, product, base: `${d.title}·${product}`, suffix: round > 0 ? ` ${round}` : '' }
}

export function syntheticReplies(n: number): BenchReply[] {
  const out: BenchReply[] = []
  for (let i = 0; i < n; i++) {
    const { d, product, base, suffix } = variant(i)
    out.push({ title: base + suffix, body: `【${product}】${d.body}`, shortcut: `${d.shortcut}${i}`, category: d.category, group: d.group })
  }
  return out
}

/**
 * As the renderer receives them: pinyin precomputed and a spread of usage. The pinyin of the
 * 840 distinct title stems is computed once; the " 12" numbering adds one empty token per
 * character, exactly as textPinyin aligns non-Chinese text.
 */
export function syntheticDocs(n: number): ReplyDoc[] {
  const pinyinOf = new Map<string, string>()
  return syntheticReplies(n).map((r, i) => {
    const { base, suffix } = variant(i)
    let stem = pinyinOf.get(base)
    if (stem === undefined) {
      stem = replySearchKeys({ title: base }).titlePinyin
      pinyinOf.set(base, stem)
    }
    const titlePinyin = stem + ' '.repeat(suffix.length)
    return { id: `r${i}`, title: r.title, body: r.body, shortcut: r.shortcut, category: r.category, uses: (i * 7919) % 13 === 0 ? i % 50 : 0, lastUsedAt: i, titlePinyin }
  })
}

/** What an agent types, one keystroke at a time: pinyin, initials, shortcuts, typos, body words. */
export const TYPED = ['wuliu', 'wl', 'tuikuan', 'tk', 'hmfh', 'czsb', 'fahuo', 'lianyiqun', 'lyq', 'wulou', 'tuikaun', 'shoujike']
/** Words typed through an input method arrive whole. */
export const WORDS = ['物流', '退款', '发货', '运单号', '充值失败', '羽绒服', '七天无理由']

export function keystrokeQueries(): string[] {
  const queries: string[] = []
  for (const text of TYPED) for (let k = 1; k <= text.length; k++) queries.push(text.slice(0, k))
  for (const word of WORDS) for (let k = 1; k <= word.length; k++) queries.push(word.slice(0, k))
  return queries
}
