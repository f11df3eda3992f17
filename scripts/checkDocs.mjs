// `npm run check:docs`: checks the built site (storybook-static/, from `npm run build-storybook`):
// every internal link of every docs page, of the API reference and of the README resolves, and
// every docs page passes axe, as every story does in the storybook test project.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import chromiumSetup from './chromium.json' with { type: 'json' }
import { serveStatic } from './serveStatic.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const site = join(root, 'storybook-static')
const executablePath = process.env.CHROMIUM_PATH ?? chromiumSetup.path

if (!existsSync(join(site, 'index.json'))) {
  console.error('No built site in storybook-static/: run `npm run build-storybook` first.')
  process.exit(1)
}
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH), then run this again.`,
  )
  process.exit(1)
}

const problems = []
const index = JSON.parse(readFileSync(join(site, 'index.json'), 'utf8')).entries
const docs = Object.values(index).filter((entry) => entry.type === 'docs')

/** Each file under `dir`, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

const isExternal = (href) => /^(?:https?:|mailto:)/.test(href)

// 1. The API reference: TypeDoc's pages link to each other by relative paths and anchors.
const apiDir = join(site, 'api')
if (!existsSync(join(apiDir, 'index.html'))) problems.push('api/: no API reference in the site')
else {
  const pages = filesUnder(apiDir).filter((file) => file.endsWith('.html'))
  const idsOf = new Map()
  const ids = (file) => {
    if (!idsOf.has(file)) {
      const html = readFileSync(file, 'utf8')
      idsOf.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])))
    }
    return idsOf.get(file)
  }
  for (const page of pages) {
    const html = readFileSync(page, 'utf8')
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      if (isExternal(href) || href === '' || href === '#') continue
      const [path, hash] = href.split('#')
      const target = path ? join(dirname(page), path.split('?')[0]) : page
      const where = relative(site, page)
      if (!existsSync(target)) problems.push(`${where}: broken link ${href}`)
      else if (hash && target.endsWith('.html') && !ids(target).has(hash))
        problems.push(`${where}: no anchor #${hash} for ${href}`)
    }
  }
  console.log(`api: ${pages.length} pages checked`)
}

// 2. The README: its relative links and images point at files of the repository.
const readme = readFileSync(join(root, 'README.md'), 'utf8')
for (const [, href] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  if (isExternal(href) || href.startsWith('#')) continue
  if (!existsSync(join(root, href.split('#')[0]))) problems.push(`README.md: broken link ${href}`)
}

// 3. The docs pages, rendered in Chromium: links, images and axe.
const server = await serveStatic(site)
const browser = await chromium.launch({ executablePath, args: chromiumSetup.args })
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')
const anchorsOf = new Map()
const wanted = []
try {
  const context = await browser.newContext({ reducedMotion: 'reduce' })
  for (const entry of docs) {
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    await page.goto(`${server.origin}/iframe.html?id=${entry.id}&viewMode=docs`)
    await page.locator('#storybook-docs .sbdocs-content').first().waitFor()
    // Let the stories of an autodocs page render before the page is read.
    await page.waitForLoadState('networkidle')
    const found = await page.evaluate(() => {
      const docsRoot = document.querySelector('#storybook-docs')
      return {
        links: [...docsRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        images: [...docsRoot.querySelectorAll('img')].map((img) => ({
          src: img.getAttribute('src'),
          loaded: img.complete && img.naturalWidth > 0,
        })),
        ids: [...docsRoot.querySelectorAll('[id]')].map((element) => element.id),
      }
    })
    anchorsOf.set(entry.id, new Set(found.ids))
    for (const href of found.links) {
      if (isExternal(href)) continue
      const storybookPath = /^\?path=\/(?:docs|story)\/([^#&]+)(?:#(.*))?$/.exec(href)
      if (storybookPath) {
        const [, id, hash] = storybookPath
        if (!index[id]) problems.push(`${entry.id}: link to a missing page ${href}`)
        else if (hash) wanted.push({ from: entry.id, id, hash, href })
      } else if (href.startsWith('#')) {
        wanted.push({ from: entry.id, id: entry.id, hash: href.slice(1), href })
      } else {
        const path = new URL(href, `${server.origin}/iframe.html`).pathname
        const file = join(site, decodeURIComponent(path))
        if (!existsSync(file) || statSync(file).isDirectory())
          problems.push(`${entry.id}: broken link ${href}`)
      }
    }
    for (const image of found.images)
      if (!image.loaded) problems.push(`${entry.id}: image not found ${image.src}`)
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const result = await axe.run('#storybook-docs', { resultTypes: ['violations'] })
      return result.violations.map(
        (violation) =>
          `${violation.id} (${violation.nodes.length}): ${violation.help}; ${violation.nodes[0]?.target}`,
      )
    })
    for (const violation of violations) problems.push(`${entry.id}: axe ${violation}`)
    await page.close()
  }
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
for (const link of wanted)
  if (!anchorsOf.get(link.id)?.has(link.hash))
    problems.push(`${link.from}: no heading #${link.hash} for ${link.href}`)

console.log(`docs: ${docs.length} pages checked (links, images, axe)`)
if (problems.length > 0) {
  console.error(`${problems.length} problems in the docs:\n${problems.join('\n')}`)
  process.exit(1)
}
