/**
 * `npm run screenshot [-- <base URL>]`: the README's screenshot of the
 * comparison page, taken in Debian's Chromium (apt-get install chromium) from a
 * running app (npm start). Writes public/screenshot-compare.png.
 */
import { chromium } from 'playwright-core'

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://localhost:3000'
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 })
    await page.goto(`${base}/compare/2019-06-13-china-kyrgyzstan-joint-statement/2019-06-15-china-tajikistan-joint-statement#r16`, {
      waitUntil: 'networkidle',
    })
    await page.screenshot({ path: 'public/screenshot-compare.png' })
    console.log('Wrote public/screenshot-compare.png')
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
