// Runs a mock backend in its own process, so a benchmark's CPU time counts the client alone.
// Prints the URL and a signed-in access token as one JSON line, then answers commands sent as
// JSON lines on stdin (`{ "id": 1, "command": "signIn" }` -> `{ "id": 1, "result": ... }`):
// signIn, expireAllTokens, stats. Stops when stdin closes.
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'

const { startMockBackend } = await import(pathToFileURL(process.argv[2]).href)
const server = await startMockBackend()
const { accessToken } = server.control.signIn()
console.log(JSON.stringify({ url: server.url, accessToken }))

const commands = {
  signIn: () => server.control.signIn(),
  expireAllTokens: () => server.control.expireAllTokens(),
  stats: () => {
    const { refreshCalls, refreshReplaysRejected, sessionsRevoked, requests } = server.stats
    return { refreshCalls, refreshReplaysRejected, sessionsRevoked, requests }
  },
}
const input = createInterface({ input: process.stdin })
input.on('line', (line) => {
  const { id, command } = JSON.parse(line)
  console.log(JSON.stringify({ id, result: commands[command]() ?? null }))
})
input.on('close', () => void server.close().then(() => process.exit(0)))
