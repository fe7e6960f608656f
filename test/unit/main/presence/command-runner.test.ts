// The real hook runner against real programs in a temp folder (POSIX shell scripts).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { nodeCommandRunner } from '../../../../src/main/platform/command-runner'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const posix = process.platform !== 'win32'

function script(dir: string, name: string, body: string, executable = true): string {
  const file = join(dir, name)
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  if (executable) chmodSync(file, 0o755)
  return file
}

describe.runIf(posix)('the hook command runner', () => {
  it('runs the program with the arguments as plain words: nothing is interpreted by a shell', async () => {
    const dir = tempDir()
    const out = join(dir, 'args.txt')
    const file = script(dir, 'set-status', `for a in "$@"; do echo "$a" >> '${out}'; done`)
    const runner = nodeCommandRunner('linux')
    expect(runner.check(file)).toBe('ok')
    const trap = join(dir, 'pwned')
    expect(await runner.run(file, [`$(touch ${trap})`, '; touch x', 'offline', 'idle'], 5_000)).toEqual({ ok: true })
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toEqual([`$(touch ${trap})`, '; touch x', 'offline', 'idle'])
    expect(existsSync(trap)).toBe(false)
  })

  it('reports the exit code and the first line the program wrote to stderr', async () => {
    const file = script(tempDir(), 'fails', "echo 'qianniu is not running' >&2; exit 3")
    expect(await nodeCommandRunner('linux').run(file, [], 5_000)).toEqual({ ok: false, message: 'exit code 3: qianniu is not running' })
  })

  it('stops a program that hangs', async () => {
    const file = script(tempDir(), 'hangs', 'sleep 5')
    expect(await nodeCommandRunner('linux').run(file, [], 200)).toEqual({ ok: false, message: 'timed out after 0.2 s' })
  })

  it('accepts only an absolute path to an existing executable file', () => {
    const dir = tempDir()
    const runner = nodeCommandRunner('linux')
    expect(runner.check('set-status')).toBe('not-absolute')
    expect(runner.check(join(dir, 'missing'))).toBe('not-found')
    mkdirSync(join(dir, 'folder'))
    expect(runner.check(join(dir, 'folder'))).toBe('not-a-file')
    expect(runner.check(script(dir, 'plain', 'true', false))).toBe('not-executable')
  })

  it('on Windows accepts programs only (.exe, .com), since .bat and .cmd run through a shell', () => {
    const dir = tempDir()
    const runner = nodeCommandRunner('win32')
    for (const name of ['set.bat', 'set.cmd', 'set.ps1']) {
      writeFileSync(join(dir, name), '')
      expect(runner.check(join(dir, name))).toBe('unsupported-type')
    }
    writeFileSync(join(dir, 'set.exe'), '')
    expect(runner.check(join(dir, 'set.exe'))).toBe('ok')
  })
})
