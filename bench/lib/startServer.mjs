// Starts bench/mockServer.mjs in a child process and talks to it: `control(command)` resolves
// with the command's result (signIn, expireAllTokens, stats).
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

export async function startServer(bundleDir) {
  const script = fileURLToPath(new URL('../mockServer.mjs', import.meta.url))
  const child = spawn(process.execPath, [script, `${bundleDir}/testing.js`], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })
  const pending = new Map()
  let ready
  const first = new Promise((resolve) => (ready = resolve))
  lines.on('line', (line) => {
    const message = JSON.parse(line)
    if (message.id === undefined) return ready(message)
    pending.get(message.id)(message.result)
    pending.delete(message.id)
  })
  const { url, accessToken } = await first
  let next = 0
  const control = (command) =>
    new Promise((resolve) => {
      const id = ++next
      pending.set(id, resolve)
      child.stdin.write(`${JSON.stringify({ id, command })}\n`)
    })
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve)
      child.stdin.end()
    })
  return { url, accessToken, control, stop }
}
