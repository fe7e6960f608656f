// Issue 16: blanks named like built-in properties ({{constructor}}, {{__proto__}}, {{toString}})
// once crashed the fill dialog. They are asked like any other blank and come back as own data.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { initI18n } from '../../../src/renderer/i18n'
import { FillBlanksModal } from '../../../src/renderer/features/placeholders/FillBlanksModal'

describe('the fill dialog with blanks named like built-ins', () => {
  beforeEach(() => {
    initI18n('zh-CN')
  })

  it('asks for each, previews them and hands back exactly what was typed', async () => {
    const keys = ['constructor', '__proto__', 'toString']
    let done: Record<string, string> | null = null
    render(
      <AntApp>
        <FillBlanksModal
          request={{ keys, labels: {}, template: '甲{{constructor}}乙{{__proto__}}丙{{toString}}', known: {} }}
          wording="replies.fill"
          title="填空"
          okText="复制"
          onDone={(values) => void (done = values)}
          onCancel={() => undefined}
        />
      </AntApp>,
    )
    const fields = await screen.findAllByRole('textbox')
    expect(fields).toHaveLength(3)
    for (const [i, field] of fields.entries()) await userEvent.type(field, `值${i}`)
    expect(screen.getByTestId('blanks-preview')).toHaveTextContent('甲值0乙值1丙值2')
    await userEvent.click(screen.getByRole('button', { name: /复\s*制/ }))
    await waitFor(() => expect(done).not.toBeNull())
    expect(Object.getPrototypeOf(done)).toBe(Object.prototype)
    expect(Object.entries(done!)).toEqual([
      ['constructor', '值0'],
      ['__proto__', '值1'],
      ['toString', '值2'],
    ])
  })
})
