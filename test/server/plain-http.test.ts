// The API refuses plain HTTP off loopback unless told an HTTPS proxy is in front, and serves
// HTTPS with the given certificate.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isLoopback, listenTeamApi } from '../../src/server/http/listen'

const answer = (_req: unknown, res: { end(text: string): void }) => res.end('ok')

describe('team api transport', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true)
    expect(['0.0.0.0', '192.168.1.10', '::', 'team.example.cn'].some(isLoopback)).toBe(false)
  })

  it('refuses plain HTTP on a shop network address', async () => {
    await expect(listenTeamApi(answer, { host: '0.0.0.0', port: 0 })).rejects.toThrow(/Refusing plain HTTP/)
  })

  it('serves plain HTTP on loopback, and off loopback only when allowed', async () => {
    for (const options of [{ host: '127.0.0.1', port: 0 }, { host: '0.0.0.0', port: 0, allowPlainHttp: true }]) {
      const { server, url } = await listenTeamApi(answer, options)
      try {
        const port = new URL(url).port
        expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('ok')
      } finally {
        await new Promise((done) => server.close(done))
      }
    }
  })

  it('serves HTTPS with the given certificate on any address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-tls-'))
    const keyFile = join(dir, 'key.pem')
    const certFile = join(dir, 'cert.pem')
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' })
    const { server, url } = await listenTeamApi(answer, { host: '0.0.0.0', port: 0, tls: { certFile, keyFile } })
    try {
      expect(url.startsWith('https://')).toBe(true)
      const body = await new Promise<string>((done, fail) => {
        request({ host: '127.0.0.1', port: Number(new URL(url).port), path: '/', rejectUnauthorized: false }, (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk.toString()))
          res.on('end', () => done(text))
        })
          .on('error', fail)
          .end()
      })
      expect(body).toBe('ok')
    } finally {
      await new Promise((done) => server.close(done))
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
