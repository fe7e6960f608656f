// Many agents against one server (TEAM_SCALE_AGENTS, default 50, each a @powersync/node client
// with its own data folder in this process): a shared reply reaches every device, each agent's
// private text stays on that agent's device only (byte scans of all the others), and the lead
// gets one summary row per agent and none of their private text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invite, signUp } from './helpers/api-client'
import { serverPrerequisites } from './helpers/prerequisites'
import { TeamDevice } from './helpers/team-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const AGENTS = Number(process.env.TEAM_SCALE_AGENTS ?? 50)

describe.skipIf('skip' in prereq)(`team server: ${AGENTS} agents and a lead`, () => {
  let stack: TeamStack
  const agents: TeamDevice[] = []
  let lead: TeamDevice

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
    const admin = await signUp(stack.apiUrl, first!.code, 'Boss')
    const apiUrl = () => stack.apiUrl
    for (let i = 0; i < AGENTS; i++) agents.push(new TeamDevice(apiUrl, await signUp(stack.apiUrl, await invite(stack.apiUrl, admin), `Agent${i}`), `a${i}`))
    lead = new TeamDevice(apiUrl, await signUp(stack.apiUrl, await invite(stack.apiUrl, admin, 'lead'), 'Lena'), 'lead')
    for (const device of [...agents, lead]) await device.connect()
    await Promise.all([...agents, lead].map((device) => device.db.waitForFirstSync()))
  })
  afterAll(async () => {
    for (const device of [...agents, lead]) await device?.close()
    await stack?.stop()
  })

  it('shares with all, keeps each private row on its owner, and gives the lead summaries only', async () => {
    await Promise.all(
      agents.map((device, i) =>
        device.db.writeTransaction(async (tx) => {
          const me = device.session.agentId
          await tx.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES (?, ?, 'personal', 'mine', ?)", [`p-${i}`, me, `PRIVATE-REPLY-${i}-END`])
          await tx.execute("INSERT INTO register_entries (id, owner_id, kind, text, visibility) VALUES (?, ?, 'question', ?, 'private')", [`q-${i}`, me, `PRIVATE-NOTE-${i}-END`])
        }),
      ),
    )
    await Promise.all(agents.map((device) => device.waitForUploads(180_000)))
    // Written after every private row was accepted: a device holding it has synced past them.
    await agents[0]!.db.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES ('shared-1', ?, 'shop', 'Shipping', 'SHARED-FOR-ALL')", [agents[0]!.session.agentId])
    await Promise.all([...agents, lead].map((device) => device.waitFor("SELECT id FROM replies WHERE id = 'shared-1' AND version = 1", [], (rows) => rows.length === 1, 180_000)))
    const summaries = await lead.waitFor('SELECT agent_id, questions FROM lead_summaries', [], (rows) => rows.length === AGENTS, 180_000)
    expect(summaries.every((row) => Number(row.questions) === 1)).toBe(true)

    const leaks: string[] = []
    const disks = [...agents, lead].map((device) => device.bytesOnDisk())
    disks.forEach((bytes, j) => {
      for (let i = 0; i < AGENTS; i++) {
        if (i === j) continue
        if (bytes.includes(`PRIVATE-REPLY-${i}-END`) || bytes.includes(`PRIVATE-NOTE-${i}-END`)) leaks.push(`device ${j} holds agent ${i}'s private text`)
      }
    })
    expect(leaks).toEqual([])
    // The scan can see text where it is: each agent's own device holds its own rows.
    for (let i = 0; i < AGENTS; i++) expect(disks[i]!.includes(`PRIVATE-NOTE-${i}-END`)).toBe(true)
  })
})
