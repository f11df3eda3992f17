import { fileURLToPath } from 'node:url'
import { checkSamples, extractSamples, packagePaths } from '../scripts/checkSamples.mjs'

// The package as the samples import it, from the sources: this test needs no build.
const paths = packagePaths(fileURLToPath(new URL('../src', import.meta.url)), '.ts')

const page = [
  '# A page',
  '',
  '```ts',
  "import { decodeError } from 'api-error-kit'",
  '',
  "export const shown: string = decodeError({ detail: 'Gone' }, { status: 404 }).userMessage",
  '```',
  '',
  '- a list whose item holds a block:',
  '',
  '  ```tsx',
  "  import { toast } from 'api-error-kit/ui'",
  '',
  '  export function save(send: () => Promise<void>) {',
  '    send().catch((error: unknown) => toast.error(error))',
  '  }',
  '  ```',
  '',
  '```sh',
  'npm test',
  '```',
].join('\n')

describe('checkSamples', () => {
  it('finds the ts and tsx blocks of a page, indented ones too, with the line each starts on', () => {
    const samples = extractSamples(page, 'page.mdx')
    expect(samples.map(({ line, lang }) => ({ line, lang }))).toEqual([
      { line: 4, lang: 'ts' },
      { line: 12, lang: 'tsx' },
    ])
    expect(samples[1]?.code).toMatch(/^import \{ toast \}/)
  })

  it('passes samples that compile against the package', () => {
    expect(checkSamples(extractSamples(page, 'page.mdx'), { paths })).toEqual([])
  }, 120_000)

  it('fails a broken sample, naming its file and line', () => {
    const broken = [
      '```ts',
      "import { decodeError } from 'api-error-kit'",
      '',
      "const status: string = decodeError('Bad Gateway', { status: 502 }).status",
      '```',
    ].join('\n')
    const messages = checkSamples(extractSamples(broken, 'broken.md'), { paths })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^broken\.md:4:7 Type 'number' is not assignable to type 'string'/)
  }, 120_000)

  it('fails a sample that imports what the package does not export', () => {
    const broken = "```ts\nimport { decodeEverything } from 'api-error-kit'\n```"
    const [message] = checkSamples(extractSamples(broken, 'broken.md'), { paths })
    expect(message).toMatch(/^broken\.md:2:\d+ .*has no exported member .*decodeEverything/)
  }, 120_000)
})
