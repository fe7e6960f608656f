// The answer every IPC call gets: a value, or an error with a stable code the renderer
// translates into a sentence that says what to do next. The codes and reasons live in errors.ts.
export * from './errors'
