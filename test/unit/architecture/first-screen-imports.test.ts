// The first screen (everything main.tsx reaches without a dynamic import) must not carry what it
// never uses: zod (40 KiB gzip; the renderer never parses with it: screens use the zod-free
// constants files in shared/ipc), papaparse and echarts (file import/export and charts), the
// English strings (fetched when an agent picks English), the reply lint rules, and antd's form,
// select, list, table, drawer and result components (the dialogs and sections that use them load
// while the app idles).
// Type-only imports and dynamic imports are left out, as the bundler does.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../../..')
const ENTRY = join(ROOT, 'src/renderer/main.tsx')

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier)
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate
  }
  return null
}

/** A value import: its specifier and the names it takes for their values (empty for a default or side-effect import). */
type ValueImport = { specifier: string; names: string[] }

/** What a file imports for values (not `import type`, not `import()`). */
function valueImports(file: string): ValueImport[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const imports: ValueImport[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const named = clause?.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements.filter((e) => !e.isTypeOnly) : []
      const onlyTypes = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && named.length === 0))
      if (!onlyTypes) imports.push({ specifier: (statement.moduleSpecifier as ts.StringLiteral).text, names: named.map((e) => (e.propertyName ?? e.name).text) })
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      imports.push({ specifier: (statement.moduleSpecifier as ts.StringLiteral).text, names: [] })
    }
  }
  return imports
}

/** Every path from the entry to a file with an import `matches`, shortest first. */
function pathsWhere(matches: (imported: ValueImport) => boolean): string[][] {
  const previous = new Map<string, string | null>([[ENTRY, null]])
  const queue = [ENTRY]
  const found: string[][] = []
  while (queue.length > 0) {
    const file = queue.shift()!
    for (const imported of valueImports(file)) {
      const { specifier } = imported
      if (matches(imported)) {
        const path: string[] = []
        for (let at: string | null = file; at !== null; at = previous.get(at) ?? null) path.unshift(relative(ROOT, at))
        found.push(path)
      }
      if (!specifier.startsWith('.')) continue
      const next = resolveImport(file, specifier)
      if (next !== null && !previous.has(next)) {
        previous.set(next, file)
        queue.push(next)
      }
    }
  }
  return found
}

const pathsTo = (pkg: string) => pathsWhere(({ specifier }) => specifier === pkg || specifier.startsWith(`${pkg}/`))

/** antd components whose code (rc-component select, table, pagination, virtual list, drawer, the result illustrations) the first screen does without. */
const LATER_ANTD = ['Form', 'Select', 'AutoComplete', 'List', 'Table', 'Drawer', 'Result', 'Upload', 'Collapse']

describe('the first screen', () => {
  it('reaches zod, papaparse and echarts through no import (the check finds a package when something does)', () => {
    expect(pathsTo('zod')).toEqual([])
    expect(pathsTo('papaparse')).toEqual([])
    expect(pathsTo('echarts')).toEqual([])
    expect(pathsTo('react-dom').length).toBeGreaterThan(0)
  })

  it('leaves the reply lint rules out (fetched once the first screen shows)', () => {
    expect(pathsWhere(({ specifier }) => /shared\/domain\/lint(\/index)?$/.test(specifier))).toEqual([])
  })

  it('leaves the English strings out (zh-CN is in)', () => {
    expect(pathsWhere(({ specifier }) => specifier.endsWith('/en.json'))).toEqual([])
    expect(pathsWhere(({ specifier }) => specifier.endsWith('/zh-CN.json')).length).toBeGreaterThan(0)
  })

  it("leaves antd's progress bar out (only the opening screen of a database upgrade shows one)", () => {
    expect(pathsWhere(({ specifier, names }) => specifier === 'antd' && names.includes('Progress'))).toEqual([])
  })

  it('imports none of the antd components only dialogs and other sections use', () => {
    expect(pathsWhere(({ specifier, names }) => specifier === 'antd' && names.some((n) => LATER_ANTD.includes(n)))).toEqual([])
    expect(pathsWhere(({ specifier, names }) => specifier === 'antd' && names.includes('Input')).length).toBeGreaterThan(0)
  })
})
