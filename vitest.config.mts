import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Two projects: `unit` runs shared domain code and main services in Node against real
// SQLite files; `renderer` runs React components and stores in happy-dom.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
})
