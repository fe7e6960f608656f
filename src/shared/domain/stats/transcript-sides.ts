// Who wrote a transcript line: the agent (one of their own account names), the chat system, or
// the customer; and which lines record a hand-over to other staff.

// Taobao sub-accounts are written 'shop:name'; Wangwang sometimes shows a full-width colon.
const SUB_ACCOUNT_SEPARATOR = /[:：]/

const SYSTEM_SENDERS = new Set(['系统消息', '系统提示', '系统'])

// Words that record a hand-over ("已转交给专职客服", "为您转接"). A heuristic: an agent line that
// merely mentions one ("无法转接") is also read as a transfer.
const TRANSFER_WORDS = /转接|转交/

function normaliseName(name: string): string {
  return name.trim().replace(SUB_ACCOUNT_SEPARATOR, ':')
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

export function mentionsTransfer(text: string): boolean {
  return TRANSFER_WORDS.test(text)
}
