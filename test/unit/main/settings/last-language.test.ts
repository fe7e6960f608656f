// The language the screens before the app speak: the last agent's, read from the preferences
// file before anything opens; the default when the file is missing, damaged or says nonsense.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lastLanguage } from '../../../../src/main/settings'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()

describe('lastLanguage', () => {
  it("answers the language the preferences keep for the last agent", () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'en', lastProfileId: 'p1' }))
    expect(lastLanguage(dir)).toBe('en')
  })

  it('answers zh-CN without a file, for a damaged one and for a language the app does not have', () => {
    const dir = tempDir()
    expect(lastLanguage(dir)).toBe('zh-CN')
    writeFileSync(join(dir, 'preferences.json'), '{"language": "en"')
    expect(lastLanguage(dir)).toBe('zh-CN')
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'fr' }))
    expect(lastLanguage(dir)).toBe('zh-CN')
  })
})
