// `npm run test:forms-load -- [runs] [--busy N] [--minutes M] [--project dom] [--project dom-react18]`:
// runs the src/form tests again and again while busy threads keep the CPU loaded, as a slow
// phone or a crowded CI machine would. Timing races in the form layer show up here, not on a
// quiet machine. The busy threads are this script's own: each stops by itself at the deadline,
// and all are stopped when the runs end (or on Ctrl-C).
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

function parseArgs(argv) {
  const options = { runs: 10, busy: availableParallelism(), minutes: 60, projects: [] }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    const value = () => {
      const next = argv[++index]
      if (next === undefined)
        throw new Error(
          `${arg} needs a value: see the usage line at the top of scripts/formsUnderLoad.mjs.`,
        )
      return next
    }
    if (arg === '--busy') options.busy = Number(value())
    else if (arg === '--minutes') options.minutes = Number(value())
    else if (arg === '--project') options.projects.push(value())
    else options.runs = Number(arg)
  }
  for (const key of ['runs', 'busy', 'minutes']) {
    const number = options[key]
    const least = key === 'busy' ? 0 : 1
    if (!Number.isInteger(number) || number < least)
      throw new Error(`${key} must be a whole number of at least ${least}; got ${number}.`)
  }
  if (options.projects.length === 0) options.projects = ['dom', 'dom-react18']
  return options
}

let options
try {
  options = parseArgs(process.argv.slice(2))
} catch (error) {
  console.error(error.message)
  process.exit(2)
}

const deadline = Date.now() + options.minutes * 60_000
// Each thread spins in slices and checks the deadline between them, so none outlives it even
// if this process is killed without a chance to stop them.
const spin = `
  const { workerData } = require('node:worker_threads')
  let x = 0
  while (Date.now() < workerData.deadline) {
    for (let i = 0; i < 1e6; i++) x = (x * 31 + i) % 1000003
  }
`
const workers = Array.from(
  { length: options.busy },
  () => new Worker(spin, { eval: true, workerData: { deadline } }),
)
const stopWorkers = () => Promise.all(workers.map((worker) => worker.terminate()))
process.on('SIGINT', () => {
  void stopWorkers().then(() => process.exit(130))
})

function runOnce() {
  return new Promise((resolve) => {
    const args = ['vitest', 'run', ...options.projects.flatMap((p) => ['--project', p]), 'src/form']
    const child = spawn('npx', args, { env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    // eslint-disable-next-line no-control-regex -- colour codes, in case a tool ignores NO_COLOR
    child.on('close', (code) => resolve({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }))
  })
}

console.log(
  `src/form on ${options.projects.join(' and ')}: ${options.runs} runs, ${options.busy} busy threads, at most ${options.minutes} min.`,
)
const durations = []
const failures = []
for (let run = 1; run <= options.runs; run++) {
  if (Date.now() >= deadline) {
    console.log(`Stopped at the ${options.minutes}-minute limit after ${run - 1} runs.`)
    break
  }
  const started = Date.now()
  const { code, output } = await runOnce()
  const seconds = (Date.now() - started) / 1000
  durations.push(seconds)
  const tests = /Tests\s+(.*)/.exec(output)?.[1]?.trim() ?? 'no summary'
  console.log(`run ${run}: ${code === 0 ? 'pass' : 'FAIL'} in ${seconds.toFixed(1)} s (${tests})`)
  if (code !== 0) {
    failures.push(run)
    const failed = output.split('\n').filter((line) => /FAIL|AssertionError|Error:/.test(line))
    // The whole output too: which assertion failed, and where, is what a race hunt needs.
    const log = join(tmpdir(), `forms-under-load-run-${run}.log`)
    writeFileSync(log, output)
    console.log(failed.slice(0, 20).join('\n') + `\nWhole output of run ${run}: ${log}`)
  }
}
await stopWorkers()

const total = durations.reduce((sum, seconds) => sum + seconds, 0)
console.log(
  `\n${durations.length - failures.length} of ${durations.length} runs passed` +
    (durations.length > 0
      ? `; ${(total / durations.length).toFixed(1)} s a run on average, ${Math.max(...durations).toFixed(1)} s at most.`
      : '.') +
    (failures.length > 0 ? ` Failed: runs ${failures.join(', ')}.` : ''),
)
process.exit(failures.length > 0 || durations.length < options.runs ? 1 : 0)
