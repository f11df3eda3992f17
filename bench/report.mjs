// Helpers shared by the benchmarks: timing loops and a plain text table.

/** Nanoseconds per call of `fn`: the median of `rounds` batches of about `batchMs` each. */
export function nsPerOp(fn, { rounds = 7, batchMs = 40 } = {}) {
  let sink = 0
  let size = 1
  // Grow the batch until it takes long enough to time well (this warms the JIT up too).
  for (;;) {
    const start = performance.now()
    for (let index = 0; index < size; index += 1) sink ^= fn() ? 1 : 0
    if (performance.now() - start >= batchMs) break
    size *= 2
  }
  const samples = []
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now()
    for (let index = 0; index < size; index += 1) sink ^= fn() ? 1 : 0
    samples.push(((performance.now() - start) * 1e6) / size)
  }
  globalThis.__benchSink = sink
  return median(samples)
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Prints `rows` (objects with the same keys) as an aligned table under `title`. */
export function printTable(title, rows, note) {
  const columns = Object.keys(rows[0])
  const cells = rows.map((row) => columns.map((column) => String(row[column])))
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...cells.map((row) => row[index].length)),
  )
  const line = (values) =>
    values
      .map((value, index) =>
        index === 0 ? value.padEnd(widths[index]) : value.padStart(widths[index]),
      )
      .join('  ')
  console.log(`## ${title}\n`)
  console.log(line(columns))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of cells) console.log(line(row))
  if (note) console.log(`\n${note}`)
  console.log('')
}

export const ms = (value) => `${value.toFixed(1)} ms`
export const ratio = (value) => `${value.toFixed(2)}x`
