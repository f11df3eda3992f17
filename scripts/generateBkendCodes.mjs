// Writes src/core/codes/bkendCodeTable.ts from a checkout of bkend's public documentation
// (github.com/popup-studio-ai/bkend-docs): every error code its English pages document, with the
// HTTP status they give it. Run it again when the docs change:
//
//   node scripts/generateBkendCodes.mjs <path to the docs checkout> [--revision <commit>] [--out <file>]
//
// Where the docs give a code more than one status, the page that ranks first wins (a module's API
// reference, then its other pages, then troubleshooting, guides, cookbooks) and the others are
// kept as conflicts. Codes Nest-style bodies carry (`SCOPE_INSUFFICIENT`) are named as the bkend
// decoder names them (`common/scope-insufficient`).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const DOMAIN_CODE = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/
const NEST_CODE = /^[A-Z]+(?:_[A-Z]+)+$|^[A-Z]{4,}$/
const STATUS = /\b([1-5]\d\d)\b/

/**
 * The field each code names, as the request bodies documented beside it call it (sign-up's
 * `email` and `password`, the password change's `currentPassword` and `newPassword`, MFA's
 * `code`, the profile's `name` and `nickname`, the upload's `filename`, `contentType` and
 * `fileSize`). The docs list no field per code, so this is our reading of them.
 */
const FIELDS = {
  'auth/invalid-email': 'email',
  'auth/invalid-email-format': 'email',
  'auth/email-already-exists': 'email',
  'auth/invalid-password-format': 'password',
  'auth/weak-password': 'password',
  'auth/invalid-password': 'currentPassword',
  'auth/same-as-previous-password': 'newPassword',
  'auth/invalid-mfa-code': 'code',
  'user/invalid-name': 'name',
  'user/invalid-nickname': 'nickname',
  'user/invalid-role': 'role',
  'file/invalid-name': 'filename',
  'file/original-name-too-long': 'filename',
  'file/invalid-format': 'contentType',
  'file/mime-type-too-long': 'contentType',
  'file/file-too-large': 'fileSize',
  'file/file-too-small': 'fileSize',
  'file/size-negative': 'fileSize',
}

/**
 * The codes after which only signing in again helps: the refresh token itself is invalid or
 * expired (the token management page: "Refresh Token has expired"; troubleshooting: "Re-login").
 */
const SESSION_END = ['auth/invalid-refresh-token', 'auth/session-expired', 'auth/token-expired']

/** How much a page's word counts: lower ranks first. */
function rankOf(file) {
  if (/(?:^|\/)\d+-api-reference\.md$/.test(file) && !file.startsWith('mcp/')) return 0
  if (/^(?:authentication|database|storage|security)\//.test(file)) return 1
  if (file.startsWith('troubleshooting/')) return 2
  if (file.startsWith('cookbooks/')) return 4
  return 3
}

/** The code a cell names, as an ApiError carries it; undefined when the cell holds none. */
function codeIn(cell) {
  for (const [, text] of cell.matchAll(/`([^`]+)`/g)) {
    if (DOMAIN_CODE.test(text)) return text
    if (NEST_CODE.test(text)) return `common/${text.toLowerCase().replaceAll('_', '-')}`
  }
  return undefined
}

const cellsOf = (line) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return walk(path)
      return name.endsWith('.md') ? [path] : []
    })

/**
 * Every (code, status, description) the pages document: rows of tables with an error code column
 * (the status from an HTTP column, the cell itself or the section's heading), and JSON examples
 * under a heading that gives the status (`### Account Locked (429)`).
 */
export function readDocumentedCodes(docsDir) {
  const root = existsSync(join(docsDir, 'en')) ? join(docsDir, 'en') : docsDir
  const found = []
  for (const path of walk(root)) {
    const file = relative(root, path).split(sep).join('/')
    // The MCP server speaks JSON-RPC with codes of its own, not the REST API's.
    if (file.startsWith('mcp/')) continue
    const lines = readFileSync(path, 'utf8').split('\n')
    let headingStatus
    let fence = false
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]
      if (line.startsWith('```')) fence = !fence
      if (!fence && /^#{1,6} /.test(line)) {
        headingStatus = Number(line.match(/^#{1,6} (?:.*\()?([1-5]\d\d)\b/)?.[1]) || undefined
        continue
      }
      if (fence) {
        // A JSON example: `"code": "auth/account-locked"`, or Nest's `"error": "SCOPE_INSUFFICIENT"`.
        const [, key, text] = line.match(/"(code|error)":\s*"([^"]+)"/) ?? []
        const code = key === 'code' ? DOMAIN_CODE.test(text) && text : text && codeIn(`\`${text}\``)
        if (code) {
          const near = lines.slice(Math.max(0, i - 3), i + 4).join('\n')
          const stated = near.match(/"statusCode":\s*([1-5]\d\d)/)?.[1]
          const description = near.match(/"message":\s*"([^"]+)"/)?.[1] ?? ''
          found.push({ code, status: Number(stated) || headingStatus, file, description })
        }
        continue
      }
      if (!line.startsWith('|') || !/^\|[\s|:-]+$/.test(lines[i + 1] ?? '')) continue
      const header = cellsOf(line).map((cell) => cell.toLowerCase())
      // `| Validation | On Failure |` rows read "`400` — `data/validation-error`".
      const codeColumn = header.findIndex((cell) => /^(?:error code|error|on failure)$/.test(cell))
      const statusColumn = header.findIndex((cell) => /^http(?: status)?$/.test(cell))
      const textColumn = header.findIndex((cell) =>
        /^(?:description|cause|when it occurs|user message)$/.test(cell),
      )
      if (codeColumn === -1) continue
      for (i += 2; lines[i]?.startsWith('|'); i++) {
        const cells = cellsOf(lines[i])
        const code = codeIn(cells[codeColumn] ?? '')
        if (!code) continue
        const stated =
          (statusColumn === -1 ? undefined : cells[statusColumn]?.match(STATUS)?.[1]) ??
          cells[codeColumn].match(/`([1-5]\d\d)`/)?.[1]
        found.push({
          code,
          status: Number(stated) || headingStatus,
          file,
          description: textColumn === -1 ? '' : (cells[textColumn] ?? ''),
        })
      }
      i--
    }
  }
  return found
}

/** One row per code: its status (the best-ranked page's), the others documented, and more. */
export function buildTable(found) {
  const rows = new Map()
  const ranked = found
    .map((item) => ({ ...item, rank: rankOf(item.file) }))
    .sort((a, b) => a.rank - b.rank)
  for (const { code, status, file, description } of ranked) {
    const row = rows.get(code) ?? { code, statuses: [], sources: [], description: '' }
    if (status !== undefined && !row.statuses.includes(status)) row.statuses.push(status)
    if (!row.sources.includes(file)) row.sources.push(file)
    if (!row.description && description) row.description = description.replace(/\s+/g, ' ')
    rows.set(code, row)
  }
  return [...rows.values()]
    .map((row) => ({
      ...row,
      status: row.statuses[0],
      field: FIELDS[row.code],
      endsSession: SESSION_END.includes(row.code),
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/** bkend's name rule, as `src/core/codes/statusFromCodeName.ts` has it (a test keeps them equal). */
export function statusFromCodeName(code) {
  if (/unauthorized|invalid-token|token-expired/.test(code)) return 401
  if (/forbidden|permission-denied|access-denied/.test(code)) return 403
  if (code.includes('not-found')) return 404
  if (/too-many|rate-limit/.test(code)) return 429
  return 400
}

const literal = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

/** The TypeScript module, before prettier. */
export function renderTable(rows, revision) {
  const withStatus = rows.filter((row) => row.status !== undefined)
  const withoutStatus = rows.filter((row) => row.status === undefined)
  const conflicts = rows.filter((row) => row.statuses.length > 1)
  const fields = rows.filter((row) => row.field)
  return `// Generated by \`node scripts/generateBkendCodes.mjs <bkend-docs checkout>\`: do not edit by hand.
// Source: github.com/popup-studio-ai/bkend-docs ${revision}, its English pages.
// ${rows.length} codes; ${withStatus.length} with a documented status, ${conflicts.length} given two.

/**
 * The HTTP status bkend documents for each of its error codes (where two pages disagree, the
 * module's API reference wins). Used only when an error arrives without a response status (a
 * stored body, a realtime message): the response status always wins.
 */
export const bkendCodes = {
${withStatus.map((row) => `  ${literal(row.code)}: ${row.status},`).join('\n')}
} as const satisfies Record<string, number>

/**
 * The codes of {@link bkendCodes} whose documented status bkend's name rule
 * (\`statusFromCodeName\`) does not give: with the rule, they give every documented status, in
 * far fewer bytes than the whole table.
 */
export const bkendStatusExceptions = {
${withStatus
  .filter((row) => statusFromCodeName(row.code) !== row.status)
  .map((row) => `  ${literal(row.code)}: ${row.status},`)
  .join('\n')}
} as const satisfies Record<string, number>

/** Codes bkend's docs list with no HTTP status anywhere: the name rule guesses theirs. */
export const bkendCodesWithoutStatus = [
${withoutStatus.map((row) => `  ${literal(row.code)},`).join('\n')}
] as const

/** Codes the docs give more than one status: every one, the status \`bkendCodes\` holds first. */
export const bkendStatusConflicts = {
${conflicts.map((row) => `  ${literal(row.code)}: [${row.statuses.join(', ')}],`).join('\n')}
} as const satisfies Record<string, readonly number[]>

/** The form field a code names, as the request bodies documented beside it call it. */
export const bkendCodeFields = {
${fields.map((row) => `  ${literal(row.code)}: ${literal(row.field)},`).join('\n')}
} as const satisfies Record<string, string>

/** The codes after which only signing in again helps: the refresh token is invalid or expired. */
export const bkendSessionEndCodes = [
${rows
  .filter((row) => row.endsSession)
  .map((row) => `  ${literal(row.code)},`)
  .join('\n')}
] as const

/** What the docs say each code means (the best-ranked page's words), for fixtures and logs. */
export const bkendCodeDescriptions = {
${rows.map((row) => `  ${literal(row.code)}: ${literal(row.description || row.code)},`).join('\n')}
} as const satisfies Record<string, string>

/** An error code bkend documents. */
export type BkendCode = keyof typeof bkendCodes | (typeof bkendCodesWithoutStatus)[number]
`
}

function revisionOf(docsDir, given) {
  const version = existsSync(join(docsDir, 'VERSION'))
    ? ` (VERSION ${readFileSync(join(docsDir, 'VERSION'), 'utf8').trim()})`
    : ''
  if (given) return `${given}${version}`
  try {
    const commit = execFileSync('git', ['-C', docsDir, 'log', '-1', '--format=%H %cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    return `${commit}${version}`
  } catch {
    return `(revision unknown: pass --revision)${version}`
  }
}

async function main(args) {
  const [docsDir] = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'))
  const option = (name) => args[args.indexOf(name) + 1]
  if (!docsDir || !existsSync(docsDir)) {
    console.error(
      'Usage: node scripts/generateBkendCodes.mjs <bkend-docs checkout> [--revision <commit>] [--out <file>]: give the path of a checkout of popup-studio-ai/bkend-docs.',
    )
    process.exit(1)
  }
  const rows = buildTable(readDocumentedCodes(docsDir))
  if (rows.length === 0) {
    console.error(`No error codes found under ${docsDir}: is it a checkout of bkend-docs?`)
    process.exit(1)
  }
  const out = args.includes('--out') ? option('--out') : 'src/core/codes/bkendCodeTable.ts'
  const revision = revisionOf(docsDir, args.includes('--revision') ? option('--revision') : '')
  const prettier = await import('prettier')
  const config = (await prettier.resolveConfig(fileURLToPath(import.meta.url))) ?? {}
  writeFileSync(
    out,
    await prettier.format(renderTable(rows, revision), { ...config, filepath: out }),
  )
  for (const row of rows.filter((item) => item.statuses.length > 1))
    console.log(`  ${row.code}: documented as ${row.statuses.join(' and ')}; ${row.status} kept`)
  console.log(`Wrote ${rows.length} codes to ${out}.`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2))
