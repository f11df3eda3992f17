// Decode cost of typical error bodies, with and without the stack capture, as a ratio to JSON.parse.
import { nsPerOp, printTable, ratio } from './report.mjs'

const notFoundPage = `<!DOCTYPE html>
<html><head><title>404 Not Found</title></head>
<body><center><h1>404 Not Found</h1></center><hr><center>nginx/1.25.3</center></body></html>
`

export default function decodeBench({ core, testing }) {
  const { decodeError, ApiError } = core
  const { errorBodies } = testing
  const cases = [
    ['bkend', errorBodies.bkend, 401],
    // `decodeError(body, { status })`, as an app calls it by hand: no headers.
    ['bkend, status only', errorBodies.bkend, 401, false],
    ['Backstack', errorBodies.backstack, 400],
    ['problem details + fields', errorBodies.problemDetailsValidation, 422],
    ['JSON:API', errorBodies.jsonApi, 422],
    ['Laravel 422', errorBodies.laravel, 422],
    ['GraphQL', errorBodies.graphql, 200],
  ]
  const rows = cases.map(([name, body, status, withHeaders = true]) => {
    const text = JSON.stringify(body)
    const parsed = JSON.parse(text)
    const context = withHeaders
      ? { status, headers: { 'content-type': 'application/json' } }
      : { status }
    const parse = nsPerOp(() => JSON.parse(text))
    const decodeParsed = nsPerOp(() => decodeError(parsed, context))
    const decodeText = nsPerOp(() => decodeError(text, context))
    // V8 captures a stack trace in every Error constructor, at a cost per frame that is larger
    // than parsing these bodies. Measured again with stack traces off, and the Error object apart,
    // so the decoding logic can be compared with JSON.parse on its own.
    const init = { ...decodeError(parsed, context).toJSON() }
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    const decodeNoStack = nsPerOp(() => decodeError(parsed, context))
    const construct = nsPerOp(() => new ApiError(init))
    Error.stackTraceLimit = limit
    const logic = Math.max(0, decodeNoStack - construct)
    return {
      body: name,
      bytes: text.length,
      'JSON.parse': `${Math.round(parse)} ns`,
      'decode(parsed)': `${Math.round(decodeParsed)} ns`,
      'vs parse': ratio(decodeParsed / parse),
      'no stack': `${Math.round(decodeNoStack)} ns`,
      'vs parse ': ratio(decodeNoStack / parse),
      'logic vs parse': ratio(logic / parse),
      'decode(text)': `${Math.round(decodeText)} ns`,
      'text vs parse': ratio(decodeText / parse),
    }
  })
  const html = { status: 404, headers: { 'content-type': 'text/html' } }
  const tryParse = nsPerOp(() => {
    try {
      return JSON.parse(notFoundPage)
    } catch {
      return undefined
    }
  })
  const decodeHtml = nsPerOp(() => decodeError(notFoundPage, html))
  rows.push({
    body: '404 HTML page',
    bytes: notFoundPage.length,
    'JSON.parse': `${Math.round(tryParse)} ns (throws)`,
    'decode(parsed)': '-',
    'vs parse': '-',
    'no stack': '-',
    'vs parse ': '-',
    'logic vs parse': '-',
    'decode(text)': `${Math.round(decodeHtml)} ns`,
    'text vs parse': ratio(decodeHtml / tryParse),
  })
  printTable(
    'Decode cost per error body (median of 7 batches)',
    rows,
    '"no stack" is the same call with Error.stackTraceLimit = 0, as the client decodes the 401s that only ask for a\nrefresh; "logic vs parse" also leaves out the ApiError object (V8\'s Error constructor). No target: an error\nthe app sees keeps its stack.',
  )
}
