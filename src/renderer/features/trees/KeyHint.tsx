// The key that does the same as a button, shown on the button so the mouse is never needed.
export function KeyHint({ children }: { children: string }) {
  return (
    <kbd
      style={{
        fontFamily: 'inherit',
        fontSize: 12,
        lineHeight: '18px',
        border: '1px solid #d9d9d9',
        borderBottomWidth: 2,
        borderRadius: 4,
        padding: '0 6px',
        marginInline: 6,
        background: '#fff',
        color: '#595959',
      }}
    >
      {children}
    </kbd>
  )
}
