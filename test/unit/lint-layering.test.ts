// The layering rules are only worth having if they fire: lint small offending files with the
// project's real ESLint config and expect the rule to name them.
import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../..') })

async function restrictedImportErrors(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length
}

describe('layering lint', () => {
  it('keeps src/shared free of electron, node and the database', async () => {
    expect(await restrictedImportErrors('src/shared/domain/x.ts', "import { app } from 'electron'\nexport const a = app\n")).toBe(1)
    expect(await restrictedImportErrors('src/shared/domain/x.ts', "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n")).toBe(1)
    expect(await restrictedImportErrors('src/shared/domain/x.ts', "import Database from 'better-sqlite3-multiple-ciphers'\nexport const a = Database\n")).toBe(1)
    expect(await restrictedImportErrors('src/shared/domain/x.ts', "import { z } from 'zod'\nexport const a = z\n")).toBe(0)
  })

  it('keeps the renderer out of src/main and away from Node', async () => {
    expect(await restrictedImportErrors('src/renderer/features/x.ts', "import { openDatabase } from '../../main/db/connection'\nexport const a = openDatabase\n")).toBe(1)
    expect(await restrictedImportErrors('src/renderer/features/x.ts', "import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n")).toBe(1)
  })

  it('lets only index, window, security and platform/ import electron in main', async () => {
    expect(await restrictedImportErrors('src/main/services/x.ts', "import { clipboard } from 'electron'\nexport const a = clipboard\n")).toBe(1)
    expect(await restrictedImportErrors('src/main/platform/x.ts', "import { clipboard } from 'electron'\nexport const a = clipboard\n")).toBe(0)
    expect(await restrictedImportErrors('src/main/window.ts', "import { BrowserWindow } from 'electron'\nexport const a = BrowserWindow\n")).toBe(0)
  })
})
