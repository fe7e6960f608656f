import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { resolve } from 'node:path'
import type { Plugin, PluginOption } from 'vite'
import { visualizer } from 'rollup-plugin-visualizer'

// In development only, the React refresh preamble is an inline script and Vite talks over a
// websocket; the built app keeps the strict policy written in index.html.
function devCsp(): Plugin {
  return {
    name: 'shiftdesk-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
  }
}

// `npm run bench` builds with SHIFTDESK_BUNDLE_REPORT set: every module's size (raw and gzip) and
// chunk go to out/bundle-report.json, from which the bench reports which libraries weigh what.
function bundleReport(): PluginOption[] {
  if (!process.env.SHIFTDESK_BUNDLE_REPORT) return []
  return [visualizer({ filename: resolve(__dirname, 'out/bundle-report.json'), template: 'raw-data', gzipSize: true }) as PluginOption]
}

export default defineConfig({
  main: {
    build: {
      // electron-store is ESM-only: bundle it (and conf) so the CommonJS main bundle needs no require(esm).
      externalizeDeps: { exclude: ['electron-store'] },
      // The data folder's encryption upgrade runs in a worker thread of its own (db/encrypt-off-thread.ts).
      rolldownOptions: { input: { index: resolve(__dirname, 'src/main/index.ts'), 'encrypt-worker': resolve(__dirname, 'src/main/db/encrypt-worker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require npm packages: bundle everything, emit CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), devCsp(), ...bundleReport()],
    build: {
      minify: true,
      rolldownOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
