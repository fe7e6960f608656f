// The draft keys of the register's forms: one per form, so a draft reopens the form it came from.
export const CAPTURE_DRAFT = 'register:capture'
export const NEW_ENTRY_DRAFT = 'register:new'
export const NEW_FOLLOW_UP_DRAFT = 'register:followup:new'
export const ENTRY_DRAFT_PREFIX = 'register:entry:'
