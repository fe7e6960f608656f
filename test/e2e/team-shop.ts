// A shop's team for the specs that run two PCs (two stories, each its own app context with the
// real sync engine) against one real team server on loopback.
import type { Browser, TestInfo } from '@playwright/test'
import { powerSyncPort } from '../../src/main/services/sync/power-sync-port'
import type { SessionResponse } from '../../src/shared/team/api'
import { invite, signUp } from '../server/helpers/api-client'
import { TeamStack } from '../server/helpers/team-stack'
import { createFirstProfile, expect, openStory, type Story } from './fixtures'

/** The team server, with its first admin (the shop's owner) signed up. */
export async function startShop(prereq: Parameters<typeof TeamStack.start>[0], ownerName: string): Promise<{ stack: TeamStack; owner: SessionResponse }> {
  const stack = await TeamStack.start(prereq)
  const first = await stack.api.accounts.firstAdminInvite(stack.api.shopId)
  return { stack, owner: await signUp(stack.apiUrl, first!.code, ownerName) }
}

/** A PC of the shop: an app that can join a team, with its first profile made on the welcome screen. */
export async function openShopPc(browser: Browser, testInfo: TestInfo, name: string, agentId: string): Promise<Story> {
  const story = await openStory(browser, testInfo, { sync: powerSyncPort() })
  await createFirstProfile(story.app, name, agentId)
  return story
}

/** Joins the shop's team as the app's team service does from Settings → 团队 (the form itself is team-join.spec.ts's). */
export async function joinTeam(story: Story, stack: TeamStack, by: SessionResponse, role: 'agent' | 'lead', login: string, displayName: string): Promise<void> {
  const code = await invite(stack.apiUrl, by, role)
  await story.server.context.services.team.join({ serverUrl: stack.apiUrl, cafe: false, credentials: { kind: 'invite', code, login, displayName, password: `${login} password 1` } })
  await expect(story.app.getByTestId('sync-chip')).toHaveText('已同步', { timeout: 60_000 })
}
