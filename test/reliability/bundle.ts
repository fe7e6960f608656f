// Bundles a test child program with esbuild (the compiler tsx itself uses) so that it starts
// the way the built app does: one file, no TypeScript compiled at start. Starting through tsx
// costs seconds per process on a busy 2-core machine — more than the thing being measured.
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

/** Returns the bundle's path (beside node_modules, so `better-sqlite3-multiple-ciphers` resolves) and a cleanup. */
export async function bundleChild(entry: string, name: string): Promise<{ file: string; remove(): void }> {
  const { build } = await import('esbuild')
  // Per process: a unit run and a bench may bundle at the same time.
  const file = join(ROOT, `node_modules/.cache/shiftdesk-children/${name}-${process.pid}.cjs`)
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['better-sqlite3-multiple-ciphers'], outfile: file, logLevel: 'error' })
  return { file, remove: () => rmSync(file, { force: true }) }
}
