// The `api-error-kit` command (bin): see runCli.
import { runCli } from './runCli.js'

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  error: (line) => console.error(line),
})
