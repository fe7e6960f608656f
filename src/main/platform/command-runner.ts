// Runs the presence hook command the agent configured: the program itself, never a shell, so
// nothing in its arguments is interpreted. The status and reason are passed as plain arguments.
import { execFile } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { extname, isAbsolute } from 'node:path'
import type { CommandCheck, CommandRunner } from '../ports'

/** Windows runs .bat/.cmd files only through cmd.exe (a shell), so only real programs are allowed there. */
const WINDOWS_PROGRAMS = ['.exe', '.com']

export function nodeCommandRunner(platform: NodeJS.Platform = process.platform): CommandRunner {
  return {
    check(path): CommandCheck {
      if (!isAbsolute(path)) return 'not-absolute'
      let stats
      try {
        stats = statSync(path)
      } catch {
        return 'not-found'
      }
      if (!stats.isFile()) return 'not-a-file'
      if (platform === 'win32') return WINDOWS_PROGRAMS.includes(extname(path).toLowerCase()) ? 'ok' : 'unsupported-type'
      try {
        accessSync(path, constants.X_OK)
      } catch {
        return 'not-executable'
      }
      return 'ok'
    },
    run(path, args, timeoutMs) {
      return new Promise((resolve) => {
        execFile(path, [...args], { shell: false, windowsHide: true, timeout: timeoutMs, maxBuffer: 64 * 1024 }, (error, _stdout, stderr) => {
          if (!error) {
            resolve({ ok: true })
            return
          }
          const detail = error.killed ? `timed out after ${timeoutMs / 1000} s` : typeof error.code === 'number' ? `exit code ${error.code}` : error.message
          const firstLine = String(stderr).trim().split('\n')[0]?.slice(0, 200)
          resolve({ ok: false, message: firstLine ? `${detail}: ${firstLine}` : detail })
        })
      })
    },
  }
}
