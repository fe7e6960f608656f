// Every script a default tree offers must pass the reply lint (forbidden phrases, fillers, greeting
// and closing) exactly as an agent's own reply would.
import { describe, expect, it } from 'vitest'
import { lintReply } from '../../../../src/shared/domain'
import { defaultTrees } from './fixtures'

const outcomes = defaultTrees().flatMap((tree) =>
  tree.nodes.flatMap((node) => (node.kind === 'outcome' ? [{ where: `${tree.id}/${node.id}`, script: node.script }] : [])),
)

describe('default tree scripts', () => {
  it.each(outcomes)('$where passes lintReply with no findings', ({ script }) => {
    expect(lintReply(script)).toEqual([])
  })
})
