// The first screen (everything main.tsx reaches without a dynamic import) must not carry zod:
// it is 40 KiB gzip and the renderer never parses with it. Screens use the zod-free constants
// files in shared/ipc (errors.ts, *-constants.ts); the schemas stay with main and the sections
// that load later. Type-only imports and dynamic imports are left out, as the bundler does.
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

/** The specifiers a file imports for their values (not `import type`, not `import()`). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const specifiers: string[] = []
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)))
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text)
    }
  }
  return specifiers
}

/** Every path from the entry to a file that imports `pkg`, shortest first. */
function pathsTo(pkg: string): string[][] {
  const previous = new Map<string, string | null>([[ENTRY, null]])
  const queue = [ENTRY]
  const found: string[][] = []
  while (queue.length > 0) {
    const file = queue.shift()!
    for (const specifier of valueImports(file)) {
      if (specifier === pkg || specifier.startsWith(`${pkg}/`)) {
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

describe('the first screen', () => {
  it('reaches zod through no import (the check finds it when something does)', () => {
    expect(pathsTo('zod')).toEqual([])
    expect(pathsTo('react-dom').length).toBeGreaterThan(0)
  })
})
