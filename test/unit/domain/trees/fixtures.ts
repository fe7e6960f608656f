// Small trees for the engine tests, and the shipped default trees read from assets/trees.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateTree, type Tree } from '../../../../src/shared/domain'

/** 充值未到账-like tree in the raw JSON form: root → status → (not paid | paid → failed → choice). */
export function sampleTreeJson() {
  return {
    id: 'sample',
    version: 2,
    title: '充值未到账',
    description: '测试用',
    inputs: [
      { key: 'customer', label: '顾客旺旺名', required: true },
      { key: 'orderNo', label: '订单号', required: true },
      { key: 'purchaseDate', label: '购买日期', required: false },
    ],
    root: 'status',
    nodes: [
      { id: 'status', kind: 'question', text: '订单状态？', options: [{ label: '未付款', next: 'not-paid' }, { label: '已付款', next: 'backoffice' }] },
      { id: 'not-paid', kind: 'outcome', title: '未付款', script: '亲，您好！订单{{orderNo}}还没有付款。' },
      { id: 'backoffice', kind: 'question', text: '充值状态？', options: [{ label: '充值失败', next: 'failed' }, { label: '充值成功', next: 'carrier' }] },
      {
        id: 'failed',
        kind: 'question',
        text: '顾客选择？',
        options: [
          { label: '重新充值', next: 'retry' },
          { label: '退款', next: 'refund' },
        ],
      },
      { id: 'retry', kind: 'outcome', title: '重新充值', script: '亲，您好！为{{customer}}重新充值订单{{orderNo}}。', actions: [{ type: 'transfer' }] },
      {
        id: 'refund',
        kind: 'outcome',
        title: '退款',
        script: '亲，{{customer}}您好！订单{{orderNo}}将在{{date}}前退款。',
        next: '{{today}}记入问题登记本',
        actions: [
          { type: 'transfer' },
          { type: 'follow-up', request: '退款', promise: '{{date}}前退款' },
          { type: 'copy-remark', logistics: '顺丰', other: '{{date}}前退款' },
        ],
      },
      { id: 'carrier', kind: 'outcome', title: '查询', script: '亲，您好！请查询余额。', actions: [{ type: 'open-carrier-site', carrier: 'unicom' }] },
    ],
  }
}

export function sampleTree(): Tree {
  const result = validateTree(sampleTreeJson())
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.tree
}

const treesDir = join(import.meta.dirname, '../../../../assets/trees')

/** Every shipped default tree, as raw JSON, by file name. */
export function defaultTreeFiles(): { file: string; json: unknown }[] {
  return readdirSync(treesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(treesDir, file), 'utf8')) as unknown }))
}

export function defaultTrees(): Tree[] {
  return defaultTreeFiles().map(({ file, json }) => {
    const result = validateTree(json)
    if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`)
    return result.tree
  })
}

export function defaultTree(id: string): Tree {
  const tree = defaultTrees().find((t) => t.id === id)
  if (tree === undefined) throw new Error(`no default tree ${id}`)
  return tree
}

/** The option indexes that follow these labels from the root (a readable way to name a path). */
export function choicesFor(tree: Tree, labels: readonly string[]): number[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]))
  let node = byId.get(tree.root)
  return labels.map((label) => {
    const options = node?.kind === 'question' ? node.options : []
    const choice = options.findIndex((o) => o.label === label)
    if (choice < 0) throw new Error(`no option ${label} at ${node?.id}`)
    node = byId.get(options[choice]!.next)
    return choice
  })
}
