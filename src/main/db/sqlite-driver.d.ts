// The cipher driver ships its typings (index.d.ts) but its package "exports" map hides them from
// TypeScript's bundler resolution; this points the import at them without changing runtime
// resolution (tsx and vite would follow a tsconfig path for the real specifier to the .d.ts).
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3-multiple-ciphers-typings'
  export = Database
}
