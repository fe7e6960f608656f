import { describe, expect, it } from 'vitest'
import { initI18n } from '../../../src/renderer/i18n'
import { treeProblemText } from '../../../src/renderer/features/trees/tree-problem-text'
import type { TreeErrorCode } from '../../../src/shared/domain'

const DOMAIN_CODES: TreeErrorCode[] = [
  'invalid-shape',
  'unknown-action',
  'duplicate-input',
  'duplicate-id',
  'missing-root',
  'question-without-options',
  'too-many-options',
  'dangling-link',
  'cycle',
  'unreachable',
]
const MAIN_CODES = ['invalid-json', 'id-taken', 'invalid-hotkey', 'duplicate-hotkey']

describe('tree problem sentences', () => {
  it('word every code of validateTree and of main in both languages, naming the step', async () => {
    const i18n = initI18n('zh-CN')
    for (const language of ['zh-CN', 'en'] as const) {
      await i18n.changeLanguage(language)
      const seen = new Set<string>()
      for (const code of [...DOMAIN_CODES, ...MAIN_CODES]) {
        const text = treeProblemText({ code, nodeId: 'q-size', detail: 'o-no-stock', path: 'nodes.0.options.1.label' }, i18n.t)
        expect(text, `${language} ${code}`).not.toContain('trees.')
        expect(text).not.toMatch(/\{\{/)
        if (!['duplicate-input', 'missing-root', 'invalid-json', 'id-taken', 'invalid-hotkey', 'duplicate-hotkey'].includes(code)) expect(text, `${language} ${code}`).toContain('q-size')
        seen.add(text)
      }
      expect(seen.size).toBe(DOMAIN_CODES.length + MAIN_CODES.length)
    }
    await i18n.changeLanguage('zh-CN')
  })

  it('names the field of a shape error in the agent’s words', () => {
    const i18n = initI18n('zh-CN')
    const text = treeProblemText({ code: 'invalid-shape', nodeId: 'o-refund', path: 'nodes.4.script', detail: 'too_small' }, i18n.t)
    expect(text).toContain('步骤「o-refund」')
    expect(text).toContain('话术')
    expect(treeProblemText({ code: 'dangling-link', nodeId: 'q-size', detail: 'o-no-stock' }, i18n.t)).toBe('问题「q-size」的选项指向不存在的步骤“o-no-stock”，请改选已有的步骤，或新建这个步骤。')
  })
})
