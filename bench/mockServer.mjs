// Runs a mock backend in its own process, so the client benchmark measures the client alone.
// Prints the URL and a signed-in access token as one JSON line; stops when stdin closes.
import { pathToFileURL } from 'node:url'

const { startMockBackend } = await import(pathToFileURL(process.argv[2]).href)
const server = await startMockBackend()
const { accessToken } = server.control.signIn()
console.log(JSON.stringify({ url: server.url, accessToken }))
process.stdin.resume()
process.stdin.on('end', () => void server.close().then(() => process.exit(0)))
