// Who wrote a transcript line: the agent (one of their own account names), a colleague of the
// same shop (another sub-account 'shop:name'), the shop's robot (店小蜜 and the like, or any
// line marked as an automatic reply), the chat system, or the customer; and which notices
// record a hand-over to other staff.

// Taobao sub-accounts are written 'shop:name'; Wangwang sometimes shows a full-width colon.
const SUB_ACCOUNT_SEPARATOR = /[:：]/

const SYSTEM_SENDERS = new Set(['系统消息', '系统提示', '系统'])

/** The shop's robots and assistants: their answers are never the agent's. */
const ROBOT_NAME = /店小蜜|阿里小蜜|小蜜机器人|机器人|智能客服|智能助手|服务助手|自动回复/
/** How Qianniu marks a robot's or an auto-reply's line, under whichever account sent it. */
const ROBOT_MARK = /^[[【(（]\s*(?:机器人回复|机器人|自动回复|智能回复|店小蜜)\s*[\]】)）]/

// A hand-over notice from the system ("会话已转交给 专职小王", "已为您转接"). Negations are not
// hand-overs ("无法转接", "暂时不能转交").
const TRANSFER_WORDS = /转接|转交/
const NEGATED_TRANSFER = /(?:无法|不能|没法|不可以|不可|未能|没有|暂不|不支持)\s*(?:为您)?\s*(?:转接|转交)/

function normaliseName(name: string): string {
  return name.trim().replace(SUB_ACCOUNT_SEPARATOR, ':')
}

/** The part before ':' of a sub-account name, or undefined for a plain name. */
function shopOf(name: string): string | undefined {
  const colon = name.indexOf(':')
  return colon === -1 ? undefined : name.slice(0, colon)
}

/** The part after 'shop:' of a sub-account name, or the whole name. */
function personalName(name: string): string {
  const colon = name.indexOf(':')
  return colon === -1 ? name : name.slice(colon + 1)
}

/**
 * `sender` is one of the agent's accounts when the names are equal, or when one of them is the
 * other without its 'shop:' prefix: '店:小美' matches the account '小美' and '小美' matches the
 * account '店:小美'; '店A:小美' and '店B:小美' do not match each other.
 */
export function isAgentAccount(sender: string, agentAccounts: readonly string[]): boolean {
  const s = normaliseName(sender)
  return agentAccounts.some((account) => {
    const a = normaliseName(account)
    return a !== '' && (s === a || personalName(s) === a || s === personalName(a))
  })
}

export function isSystemSender(sender: string): boolean {
  return SYSTEM_SENDERS.has(sender.trim())
}

export function isRobot(sender: string, text: string | undefined): boolean {
  return ROBOT_NAME.test(personalName(normaliseName(sender))) || (text !== undefined && ROBOT_MARK.test(text))
}

/** A system notice that records a hand-over; "无法转接" and the like do not. */
export function mentionsTransfer(text: string): boolean {
  return TRANSFER_WORDS.test(text) && !NEGATED_TRANSFER.test(text)
}

/**
 * The shops the agent's accounts belong to: from the accounts written 'shop:name' and from the
 * transcript's senders that matched the agent. Another sub-account of one of these shops is a
 * colleague, not a customer.
 */
export function agentShops(agentAccounts: readonly string[], agentSenders: readonly string[]): Set<string> {
  const shops = new Set<string>()
  for (const name of [...agentAccounts, ...agentSenders]) {
    const shop = shopOf(normaliseName(name))
    if (shop) shops.add(shop)
  }
  return shops
}

export function isColleague(sender: string, shops: ReadonlySet<string>): boolean {
  const shop = shopOf(normaliseName(sender))
  return shop !== undefined && shops.has(shop)
}
