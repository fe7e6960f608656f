// The public domain API: pure functions with the rules of the agents' job. Names and shapes
// here are stable (issues and acceptance checks import them from this file).
export * from './placeholders'
export * from './handover'
export * from './hotkeys'
export * from './presence'
export * from './profiles'
export * from './register'
export * from './search'
export * from './shifts'
export * from './stats'
export * from './trees'
export * from './replies'
export * from './lint'
