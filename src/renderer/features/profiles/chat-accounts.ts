// Chat account names are typed in one field, separated the way agents write lists.
export function splitAccounts(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}
