import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestContext } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'
import { openRegisterFixture } from './fixture'

const tempDir = useTempDir()

describe('drafts', () => {
  it('brings back what was typed after the process is killed mid-work', () => {
    const dir = tempDir()
    const first = openRegisterFixture(dir)
    const { mei } = first
    first.ctx.close()
    const payload = JSON.stringify({ kind: 'followup', text: '客户说少发了一件', customer: 'tb_阿花' })
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(__dirname, 'crash-child.ts'), dir, mei, 'register:followup:new', payload], {
      cwd: resolve(__dirname, '../../..'),
      encoding: 'utf8',
    })
    expect(child.signal).toBe('SIGKILL')
    expect(JSON.parse(child.stdout)).toMatchObject({ ok: true })

    const ctx = openTestContext(dir)
    ctx.services.session.switchTo(mei)
    expect(ctx.services.drafts.get('register:followup:new')?.payload).toBe(payload)
    expect(ctx.services.drafts.list('register:')).toEqual([{ form: 'register:followup:new', savedAt: expect.any(Number) }])
    ctx.close()
  })

  it('keeps one draft per profile and per form, the latest one winning', () => {
    const fx = openRegisterFixture(tempDir())
    const { drafts } = fx.ctx.services
    drafts.save('register:new', 'a')
    fx.clock.advance(500)
    drafts.save('register:new', 'ab')
    drafts.save('register:capture', 'x')
    expect(drafts.get('register:new')).toEqual({ payload: 'ab', savedAt: fx.clock.now() })
    fx.signIn(fx.qiang)
    expect(drafts.list('register:')).toEqual([])
    drafts.save('register:new', '阿强的')
    fx.signIn(fx.mei)
    expect(drafts.get('register:new')?.payload).toBe('ab')
    drafts.discard('register:new')
    expect(drafts.list('register:').map((d) => d.form)).toEqual(['register:capture'])
    fx.ctx.close()
  })
})
