// Coming back to the replies panel (Alt+1) with the library unchanged reuses the search and the
// scope indexes built for it instead of indexing 10,000 replies again; a reloaded library is indexed anew.
import { describe, expect, it } from 'vitest'
import { ALL_TAB, searchOf } from '../../../src/renderer/features/replies/reply-search'
import { LIBRARY, reply } from './library-desk'

const ALL = { tab: ALL_TAB, group: '' }

describe('the reply search kept per library', () => {
  it('answers the same search, scope index included, for the same list', () => {
    const search = searchOf(LIBRARY)
    const prepared = search.prepare(ALL)
    expect(searchOf(LIBRARY)).toBe(search)
    expect(searchOf(LIBRARY).prepare(ALL)).toBe(prepared)
  })

  it('indexes a reloaded list anew, so an edited title is found', () => {
    expect(searchOf(LIBRARY).find(ALL, '发票')).toEqual([])
    const reloaded = [...LIBRARY.slice(1), reply('r1', '发票怎么开', '后台申请即可。', 'fp')]
    expect(searchOf(reloaded).find(ALL, '发票').map((r) => r.id)).toEqual(['r1'])
  })
})
