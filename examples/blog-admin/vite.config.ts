import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { startMockBackend, type RunningMockBackend } from '../../src/testing/startMockBackend.js'
import { kitAliases } from '../kitAliases.js'
import { handleMockControl } from './server/mockControl.js'

/** The port of the mock bkend the app talks to in development (`?api=` in the page moves it). */
export const API_PORT = Number(process.env.BLOG_API_PORT ?? 8787)

/**
 * Serves the mock bkend on loopback beside the dev server, and the demo's "Make trouble"
 * switches under `/__mock/`: `npm run example` is the whole backend an app needs to run.
 */
function mockBackend(): Plugin {
  let running: RunningMockBackend | undefined
  return {
    name: 'blog-admin-mock-backend',
    async configureServer(server) {
      running = await startMockBackend({ port: API_PORT })
      server.config.logger.info(`  mock bkend on ${running.url}`)
      server.middlewares.use((req, res, next) => {
        if (!running || !handleMockControl(running.control, req, res)) next()
      })
      server.httpServer?.once('close', () => void running?.close())
    },
  }
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), mockBackend()],
  resolve: { alias: kitAliases },
  server: { port: 5173, strictPort: false },
  build: { outDir: 'dist', emptyOutDir: true },
})
