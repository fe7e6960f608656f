import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Three projects: `unit` runs shared domain code, main services and the security suite in Node
// against real SQLite files; `renderer` runs React components and stores in happy-dom; `server`
// runs the team server against real PostgreSQL and PowerSync on loopback.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // test/security: the hostile checks of issue 16 (a stranger or colleague at the same PC).
          include: ['test/unit/**/*.test.ts', 'test/security/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          // Each test needs a second or two on a quiet machine; the budget is for a busy 2-core CI.
          testTimeout: 60_000,
        },
      },
      {
        // The team server: a real PostgreSQL cluster, the PowerSync service and our API per
        // file, and @powersync/node clients. One file at a time: each starts a whole stack.
        test: {
          name: 'server',
          environment: 'node',
          include: ['test/server/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
