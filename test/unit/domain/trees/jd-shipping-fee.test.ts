// The 京东运费 tree against the JD self-operated fee table: each path's outcome must state the fee.
import { describe, expect, it } from 'vitest'
import { describePath, enumeratePaths } from '../../../../src/shared/domain'
import { choicesFor, defaultTree } from './fixtures'

const tree = defaultTree('jd-shipping-fee')

// [path of option labels, fee in CNY] — straight from the handbook's table.
const table: [string[], number][] = [
  [['只有图书', '不满49元'], 6],
  [['只有图书', '满49元'], 0],
  [['图书和其他非生鲜商品', '不是PLUS会员', '不满49元', '不满29元'], 8],
  [['图书和其他非生鲜商品', '不是PLUS会员', '不满49元', '满29元'], 6],
  [['图书和其他非生鲜商品', '不是PLUS会员', '满49元、不满99元'], 6],
  [['图书和其他非生鲜商品', '不是PLUS会员', '满99元'], 0],
  [['图书和其他非生鲜商品', 'PLUS会员', '不满99元'], 6],
  [['图书和其他非生鲜商品', 'PLUS会员', '满99元'], 0],
  [['只有非图书商品', '不是PLUS会员', '不满49元'], 8],
  [['只有非图书商品', '不是PLUS会员', '满49元、不满99元'], 6],
  [['只有非图书商品', '不是PLUS会员', '满99元'], 0],
  [['只有非图书商品', 'PLUS会员', '不满99元'], 6],
  [['只有非图书商品', 'PLUS会员', '满99元'], 0],
  [['生鲜食品', '不满99元'], 12],
  [['生鲜食品', '满99元'], 0],
]

/** The fee a script states: "运费N元" once, or 免运费 with no charge at all. */
function statedFee(script: string): number | undefined {
  const charges = [...script.matchAll(/运费(\d+)元/g)].map((m) => Number(m[1]))
  if (charges.length === 1) return charges[0]
  return charges.length === 0 && script.includes('免运费') ? 0 : undefined
}

describe('京东运费', () => {
  it.each(table)('%j costs %i元', (labels, fee) => {
    const path = enumeratePaths(tree).find((p) => p.choices.join() === choicesFor(tree, labels).join())
    const outcome = tree.nodes.find((n) => n.id === path?.nodeIds.at(-1))
    expect(outcome?.kind === 'outcome' && statedFee(outcome.script)).toBe(fee)
  })

  it('the table covers every path of the tree', () => {
    const described = enumeratePaths(tree).map((p) => describePath(tree, p.choices))
    expect(described.sort()).toEqual(table.map(([labels]) => ['京东运费', ...labels].join(' › ')).sort())
  })
})
