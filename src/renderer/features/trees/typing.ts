// Single-key shortcuts must not fire while the agent types into a field or works in a dialog.
const TYPING = 'input:not([type=radio]):not([type=checkbox]), textarea, select, [contenteditable=""], [contenteditable="true"]'

export function isTypingOrDialog(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return target.closest(TYPING) !== null || target.closest('[role="dialog"], .ant-modal-wrap, .ant-select-dropdown') !== null
}
