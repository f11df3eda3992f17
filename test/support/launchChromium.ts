import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import chromiumSetup from '../../scripts/chromium.json' with { type: 'json' }

/** Debian's Chromium (or CHROMIUM_PATH) with the flags that work here, or a clear way to get it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? chromiumSetup.path
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH), then run the tests again.`,
    )
  }
  return chromium.launch({ executablePath, args: chromiumSetup.args })
}
