// The import dialog's preview: what it sends main (the file's bytes), how it shows errors and
// repairs, the explicit "import only the good rows" choice, and the sheet picker.
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportPreview } from '../../src/shared/ipc/replies'
import { ImportRepliesModal } from '../../src/renderer/features/replies/ImportRepliesModal'
import { initI18n } from '../../src/renderer/i18n'
import { installFakeDesk } from './helpers/fake-desk'

const PREVIEW: ImportPreview = {
  total: 3,
  good: 2,
  problemCount: 2,
  errorCount: 1,
  problems: [
    { line: 3, severity: 'warning', code: 'shortcut_invalid', message: '快捷码“满减 活动”用不了，这条会不带快捷码导入。', title: '', match: '' },
    { line: 4, severity: 'error', code: 'body_required', message: '内容不能为空，请补上回复内容。', title: '', match: '' },
  ],
  duplicates: [],
  duplicateCount: 0,
  sample: [{ title: '收到货七天内可以无理由退换', body: '亲，收到货七天内可以无理由退换', shortcut: '退换', category: '售后', group: '', shared: true }],
  encoding: 'gb18030',
  sheets: [],
  sheet: '',
}

async function choose(bytes: Uint8Array<ArrayBuffer>, name: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement
  await userEvent.upload(input, new File([bytes], name, { type: 'text/csv' }))
}

describe('the reply import dialog', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('sends the file as bytes, lists errors and repairs, and imports the good rows only when the agent ticks the choice', async () => {
    const desk = installFakeDesk({ 'replies:previewImport': () => PREVIEW, 'replies:import': () => ({ added: 2, updated: 0, skipped: 0 }) })
    const onClose = vi.fn()
    render(
      <AntApp>
        <ImportRepliesModal onClose={onClose} />
      </AntApp>,
    )
    const bytes = new Uint8Array([0xb7, 0xd6, 0xd7, 0xe9, 0x2c, 0x61]) // "分组,a" in GBK
    await choose(bytes, '快捷短语.csv')
    const problems = await screen.findByTestId('import-problems')
    expect(desk.calls.find((c) => c.channel === 'replies:previewImport')?.input).toEqual({ fileName: '快捷短语.csv', data: btoa(String.fromCharCode(...bytes)) })
    expect(problems).toHaveTextContent('有 1 行不能导入')
    expect(within(problems).getByRole('row', { name: /第 4 行/ })).toHaveTextContent('不能导入')
    expect(within(problems).getByRole('row', { name: /第 3 行/ })).toHaveTextContent('会修正')
    const confirm = screen.getByTestId('import-confirm')
    expect(confirm).toBeDisabled()
    await userEvent.click(screen.getByRole('checkbox', { name: /只导入没问题的 2 条/ }))
    expect(confirm).toBeEnabled()
    expect(confirm).toHaveTextContent('导入 2 条，跳过有问题的行')
    expect(screen.getByTestId('import-encoding')).toHaveTextContent('GB18030')
    await userEvent.click(confirm)
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(desk.calls.find((c) => c.channel === 'replies:import')?.input).toMatchObject({ fileName: '快捷短语.csv', duplicates: 'skip', skipProblems: true })
  })

  it('offers the sheets of a workbook and reads the one picked', async () => {
    const desk = installFakeDesk({
      'replies:previewImport': ({ sheet }: { sheet?: string }) => ({ ...PREVIEW, problems: [], problemCount: 0, errorCount: 0, sheets: ['说明', '快捷短语'], sheet: sheet ?? '说明', encoding: 'xlsx' }),
    })
    render(
      <AntApp>
        <ImportRepliesModal onClose={() => undefined} />
      </AntApp>,
    )
    await choose(new Uint8Array([0x50, 0x4b, 3, 4]), '千牛.xlsx')
    const picker = await screen.findByTestId('import-sheet')
    expect(picker).toHaveTextContent('说明')
    await userEvent.click(within(picker).getByRole('combobox'))
    await userEvent.click(await screen.findByTitle('快捷短语'))
    await waitFor(() => expect(desk.calls.filter((c) => c.channel === 'replies:previewImport').at(-1)?.input).toMatchObject({ sheet: '快捷短语' }))
  })
})
