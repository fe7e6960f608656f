import { describe, expect, it } from 'vitest'
import { enumeratePaths, listPlaceholders, MAX_OPTIONS, validateTree, type TreeAction } from '../../../../src/shared/domain'
import { defaultTreeFiles, defaultTrees } from './fixtures'

function actionTexts(action: TreeAction): string[] {
  if (action.type === 'follow-up') return [action.request, action.promise]
  if (action.type === 'copy-remark') return [action.logistics, action.gift, action.other]
  return []
}

describe('default trees', () => {
  it('ships the three trees of the issue', () => {
    expect(defaultTrees().map((t) => t.id)).toEqual(['after-sales', 'jd-shipping-fee', 'topup-not-credited'])
  })

  it.each(defaultTreeFiles())('$file validates and its file is named for its id', ({ file, json }) => {
    const result = validateTree(json)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(result.ok && `${result.tree.id}.json`).toBe(file)
  })

  it.each(defaultTrees())('$id: every path ends in an outcome and every node lies on one', (tree) => {
    const paths = enumeratePaths(tree)
    const byId = new Map(tree.nodes.map((n) => [n.id, n]))
    for (const path of paths) expect(byId.get(path.nodeIds.at(-1)!)?.kind).toBe('outcome')
    const visited = new Set(paths.flatMap((p) => p.nodeIds))
    expect(tree.nodes.map((n) => n.id).filter((id) => !visited.has(id))).toEqual([])
    for (const node of tree.nodes) if (node.kind === 'question') expect(node.options.length).toBeLessThanOrEqual(MAX_OPTIONS)
  })

  it.each(defaultTreeFiles())('$file never mentions a password (密码), in any text', ({ json }) => {
    expect(JSON.stringify(json)).not.toMatch(/密码|password|口令/i)
  })

  it.each(defaultTrees())('$id: every placeholder is an input, an automatic value or a blank filled on the spot', (tree) => {
    // Blanks the agent fills from what they just looked up (a promised date, the tracking details).
    const onTheSpot = ['date', 'courier', 'trackingNo', 'location', 'days']
    const known = new Set([...tree.inputs.map((i) => i.key), 'today', 'now', 'agentId', ...onTheSpot])
    const texts = tree.nodes.flatMap((n) => (n.kind === 'outcome' ? [n.script, n.next ?? '', ...n.actions.flatMap(actionTexts)] : []))
    expect(texts.flatMap(listPlaceholders).filter((key) => !known.has(key))).toEqual([])
  })
})
