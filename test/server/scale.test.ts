// Many agents against one server (TEAM_SCALE_AGENTS, default 50), each a @powersync/node client
// in a process of its own with its own data folder, plus a lead: a shared reply reaches every
// device, each agent's private text stays on that agent's device only (byte scans of all the
// others), and the lead gets one summary row per agent and none of their private text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverPrerequisites } from './helpers/prerequisites'
import { RemoteDevice } from './helpers/remote-device'
import { TeamStack } from './helpers/team-stack'

const prereq = serverPrerequisites()
const AGENTS = Number(process.env.TEAM_SCALE_AGENTS ?? 50)

describe.skipIf('skip' in prereq)(`team server: ${AGENTS} agents and a lead, one process each`, () => {
  let stack: TeamStack
  const agents: RemoteDevice[] = []
  let lead: RemoteDevice

  beforeAll(async () => {
    if ('skip' in prereq) return
    stack = await TeamStack.start(prereq)
    const admin = await stack.signUpFirstAdmin()
    for (let i = 0; i < AGENTS; i++) agents.push(new RemoteDevice(stack.apiUrl, await stack.signUpInvited(admin, `Agent${i}`), `a${i}`))
    lead = new RemoteDevice(stack.apiUrl, await stack.signUpInvited(admin, 'Lena', 'lead'), 'lead')
    await Promise.all([...agents, lead].map((device) => device.ready))
  })
  afterAll(async () => {
    await Promise.all([...agents, lead].map((device) => device?.close()))
    await stack?.stop()
  })

  it('shares with all, keeps each private row on its owner, and gives the lead summaries only', async () => {
    await Promise.all(
      agents.map(async (device, i) => {
        const me = device.session.agentId
        await device.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES (?, ?, 'personal', 'mine', ?)", [`p-${i}`, me, `PRIVATE-REPLY-${i}-END`])
        await device.execute("INSERT INTO register_entries (id, owner_id, kind, text, visibility) VALUES (?, ?, 'question', ?, 'private')", [`q-${i}`, me, `PRIVATE-NOTE-${i}-END`])
        await device.waitForUploads()
      }),
    )
    // Written after every private row was accepted: a device holding it has synced past them.
    await agents[0]!.execute("INSERT INTO replies (id, owner_id, scope, title, body) VALUES ('shared-1', ?, 'shop', 'Shipping', 'SHARED-FOR-ALL')", [agents[0]!.session.agentId])
    await Promise.all([...agents, lead].map((device) => device.waitForValue("SELECT count(*) AS n FROM replies WHERE id = 'shared-1' AND version = 1", [], 'n', 1)))
    await lead.waitForValue('SELECT count(*) AS n FROM lead_summaries WHERE questions = 1', [], 'n', AGENTS)

    const leaks: string[] = []
    const devices = [...agents, lead]
    for (let j = 0; j < devices.length; j++) {
      const needles = Array.from({ length: AGENTS }, (_, i) => [`PRIVATE-REPLY-${i}-END`, `PRIVATE-NOTE-${i}-END`]).flat()
      const found = await devices[j]!.bytesInclude(needles)
      for (let i = 0; i < AGENTS; i++) {
        const own = i === j
        // The scan can see text where it is: each agent's own device holds its own rows.
        if (own) expect(found[2 * i + 1]).toBe(true)
        else if (found[2 * i] || found[2 * i + 1]) leaks.push(`device ${j} holds agent ${i}'s private text`)
      }
    }
    expect(leaks).toEqual([])
  })
})
