// A store's re-read that brings the same answer sets nothing, so nothing re-renders.
import { describe, expect, it } from 'vitest'
import { changedFields } from '../../src/renderer/lib/changed-fields'

describe('changedFields', () => {
  const state = { items: [{ id: 'a', text: '今天发货' }], total: 1, loading: false }

  it('is null when every field holds the same data, even in new objects', () => {
    expect(changedFields(state, { items: [{ id: 'a', text: '今天发货' }], total: 1 })).toBeNull()
  })

  it('names only the fields whose data differ', () => {
    const items = [{ id: 'a', text: '明天发货' }]
    expect(changedFields(state, { items, total: 1 })).toEqual({ items })
  })
})
