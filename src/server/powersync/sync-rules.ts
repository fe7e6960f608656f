// Which rows each device receives, as PowerSync sync rules (YAML). Kept as a string so the API
// bundle and the start script carry it without a file lookup; written next to the service config.
export const syncRulesYaml = `
# Which rows each device receives. Buckets are chosen from the signed token alone (shop_id,
# role, sub = agent id), so privacy is structural: a personal reply or a private notebook entry
# is only ever in its owner's 'own' bucket, and the lead's bucket holds counts and the entries
# an agent chose to share. docs/team-data-model.md explains each table.
bucket_definitions:
  shop:
    parameters: SELECT request.jwt() ->> 'shop_id' AS shop_id
    data:
      - SELECT * FROM roster WHERE shop_id = bucket.shop_id
      - SELECT * FROM replies WHERE shop_id = bucket.shop_id AND scope = 'shop'
      - SELECT * FROM trees WHERE shop_id = bucket.shop_id
      - SELECT * FROM schedule_shifts WHERE shop_id = bucket.shop_id
      - SELECT * FROM handover_items WHERE shop_id = bucket.shop_id
      - SELECT * FROM handover_events WHERE shop_id = bucket.shop_id
      - SELECT * FROM handover_records WHERE shop_id = bucket.shop_id

  own:
    parameters: SELECT request.user_id() AS agent_id
    data:
      - SELECT * FROM replies WHERE owner_id = bucket.agent_id AND scope = 'personal'
      - SELECT * FROM reply_history WHERE owner_id = bucket.agent_id AND scope = 'personal'
      - SELECT * FROM reply_overwrites WHERE agent_id = bucket.agent_id
      - SELECT * FROM register_entries WHERE owner_id = bucket.agent_id
      - SELECT * FROM stat_tallies WHERE agent_id = bucket.agent_id
      - SELECT * FROM stat_tally_undos WHERE agent_id = bucket.agent_id
      - SELECT * FROM presence_days WHERE agent_id = bucket.agent_id
      - SELECT * FROM lead_summaries WHERE agent_id = bucket.agent_id

  lead:
    parameters: SELECT request.jwt() ->> 'shop_id' AS shop_id WHERE request.jwt() ->> 'role' = 'lead' OR request.jwt() ->> 'role' = 'admin'
    data:
      - SELECT * FROM lead_summaries WHERE shop_id = bucket.shop_id
      - SELECT * FROM register_entries WHERE shop_id = bucket.shop_id AND visibility = 'lead'
      - SELECT * FROM reply_history WHERE shop_id = bucket.shop_id AND scope = 'shop'
      - SELECT * FROM tree_history WHERE shop_id = bucket.shop_id
      - SELECT * FROM presence_days WHERE shop_id = bucket.shop_id
`
