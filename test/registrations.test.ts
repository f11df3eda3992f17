import { spawnSync } from 'node:child_process'

const tsc = (project: string) =>
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
    encoding: 'utf8',
  })

describe("TanStack Query's Register", () => {
  it('compiles an app that registers its own defaultError beside the whole query entry', () => {
    const result = tsc('test/types/ownDefaultError/tsconfig.json')
    expect(result.stdout + result.stderr).toBe('')
    expect(result.status).toBe(0)
  }, 120_000)
})
