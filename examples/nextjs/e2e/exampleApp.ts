import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const example = fileURLToPath(new URL('..', import.meta.url))
const repository = join(example, '../..')
const next = join(repository, 'node_modules/next/dist/bin/next')

/** Runs a step and says how long it took, for the figures `npm test` prints. */
function timed<T>(name: string, step: () => T): T {
  const started = Date.now()
  const result = step()
  console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)}s`)
  return result
}

function run(command: string, args: string[], cwd: string) {
  const child = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (child.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${child.stdout}\n${child.stderr}`)
  return child.stdout
}

/**
 * Installs the library as an app gets it, from `npm pack` of the built `dist/` (run
 * `npm run build` first), into the example's node_modules, then builds the example.
 */
export function packAndBuild(): void {
  const packDir = mkdtempSync(join(tmpdir(), 'api-error-kit-pack-'))
  try {
    timed('npm pack', () =>
      run('npm', ['pack', '--silent', '--pack-destination', packDir], repository),
    )
    const tarball = join(packDir, readdirSync(packDir)[0]!)
    const installed = join(example, 'node_modules/api-error-kit')
    rmSync(installed, { recursive: true, force: true })
    mkdirSync(installed, { recursive: true })
    run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], example)
  } finally {
    rmSync(packDir, { recursive: true, force: true })
  }
  timed('next build', () => run(process.execPath, [next, 'build'], example))
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export interface RunningApp {
  url: string
  stop(): Promise<void>
}

/** `next start` on a free loopback port, talking to the backend at `apiUrl`. */
export async function startApp(apiUrl: string): Promise<RunningApp> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [next, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: example,
      env: { ...process.env, API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    try {
      if ((await fetch(`${url}/en`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      await stop()
      throw new Error(`next start did not answer within 60 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  console.log(`  next start: ${((Date.now() - started) / 1000).toFixed(1)}s`)
  return { url, stop }
}
