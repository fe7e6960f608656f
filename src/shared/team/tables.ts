// The tables a team syncs, and the kind each one is (architecture.md: shop-shared or
// agent-private; PC-local tables never leave the PC). The server's write rules and the sync
// rules are checked against this list by the server tests.
export const teamTableKinds = {
  roster: 'shop-shared',
  replies: 'shop-shared or agent-private (by scope)',
  reply_history: 'lead (shop replies) or agent-private (personal replies)',
  reply_overwrites: 'agent-private (the agent whose version was overwritten)',
  trees: 'shop-shared',
  tree_history: 'lead',
  schedule_shifts: 'shop-shared',
  handover_items: 'shop-shared',
  handover_events: 'shop-shared',
  handover_records: 'shop-shared',
  register_entries: 'agent-private, or lead when the agent shares it',
  stat_tallies: 'agent-private',
  stat_tally_undos: 'agent-private',
  presence_days: 'agent-private and lead',
  lead_summaries: 'lead',
} as const

export type TeamTable = keyof typeof teamTableKinds
export const teamTables = Object.keys(teamTableKinds) as TeamTable[]
