// Issue 14, Major 1: after any dialog or drawer of the replies panel closes, the caret is back in
// the search box with its text selected, so the next typing searches again; Alt+1, Ctrl+F and /
// bring it back from anywhere in the panel.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useNavigation } from '../../../src/renderer/features/shell/navigation-store'
import { installLibraryDesk, renderRepliesPage } from './library-desk'
import { prepareRepliesPanel } from '../helpers/replies-panel'

function expectSearchFocusedAndSelected(search: HTMLInputElement, text: string) {
  expect(search).toHaveFocus()
  expect(search.value).toBe(text)
  expect([search.selectionStart, search.selectionEnd]).toEqual([0, text.length])
}

describe('focus in the replies panel', () => {
  beforeEach(prepareRepliesPanel)
  afterEach(() => vi.restoreAllMocks())

  it('returns to the search box, text selected, after the blanks are copied with Enter', async () => {
    const desk = installLibraryDesk()
    renderRepliesPage()
    const search = (await screen.findByRole('combobox', { name: '搜索快捷回复' })) as HTMLInputElement
    await userEvent.type(search, 'wl{Enter}')
    const form = await screen.findByRole('dialog')
    await waitFor(() => expect(within(form).getByLabelText('运单号')).toHaveFocus())
    await userEvent.keyboard('YT1{Enter}')
    await waitFor(() => expect(desk.calls.some((c) => c.channel === 'replies:copy')).toBe(true))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expectSearchFocusedAndSelected(search, 'wl'))
    await userEvent.keyboard('tk')
    expect(search.value).toBe('tk')
  })

  it('returns to the search box after Esc closes the blanks form', async () => {
    installLibraryDesk()
    renderRepliesPage()
    const search = (await screen.findByRole('combobox', { name: '搜索快捷回复' })) as HTMLInputElement
    await userEvent.type(search, 'wl{Enter}')
    const form = await screen.findByRole('dialog')
    await waitFor(() => expect(within(form).getByLabelText('运单号')).toHaveFocus())
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expectSearchFocusedAndSelected(search, 'wl'))
  })

  it('returns to the search box after the reply editor drawer is closed', async () => {
    installLibraryDesk()
    renderRepliesPage()
    const search = (await screen.findByRole('combobox', { name: '搜索快捷回复' })) as HTMLInputElement
    await userEvent.type(search, 'tk')
    await userEvent.click(screen.getByTestId('new-reply'))
    const drawer = await screen.findByRole('dialog')
    expect(drawer).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: /^取\s?消$/ }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await waitFor(() => expectSearchFocusedAndSelected(search, 'tk'))
  })

  it('brings the caret back with Ctrl+F, / and Alt+1 when focus is elsewhere', async () => {
    installLibraryDesk()
    renderRepliesPage()
    const search = (await screen.findByRole('combobox', { name: '搜索快捷回复' })) as HTMLInputElement
    await userEvent.type(search, 'tk')
    act(() => search.blur())
    expect(document.activeElement).toBe(document.body)
    fireEvent.keyDown(document.body, { key: 'f', code: 'KeyF', ctrlKey: true })
    await waitFor(() => expectSearchFocusedAndSelected(search, 'tk'))
    act(() => search.blur())
    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' })
    await waitFor(() => expectSearchFocusedAndSelected(search, 'tk'))
    act(() => search.blur())
    act(() => useNavigation.getState().go('replies'))
    await waitFor(() => expectSearchFocusedAndSelected(search, 'tk'))
  })
})
