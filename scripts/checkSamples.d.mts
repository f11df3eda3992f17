// Types of checkSamples.mjs, for its unit test.
export interface Sample {
  file: string
  line: number
  lang: 'ts' | 'tsx'
  code: string
}
export function packagePaths(dir: string, extension?: string): Record<string, string[]>
export function extractSamples(text: string, file: string): Sample[]
export function checkSamples(
  samples: Sample[],
  options?: { paths?: Record<string, string[]> },
): string[]
export function documentedFiles(): string[]
