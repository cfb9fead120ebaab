import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDatabaseForFile } from '@/test/helpers/temp-db'
import { KG_SLUG as KG, TJ_SLUG as TJ } from '@/test/helpers/corpus'

const ROOT = path.join(import.meta.dirname, '../..')

const temp = tempDatabaseForFile()

/** The CLI as its own process, piped into a reader that starts late (`… | (sleep 2; cat)`), as into a slow program. */
function runWithSlowReader(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const cli = [path.join(ROOT, 'node_modules/.bin/tsx'), '--conditions=react-server', 'scripts/cli.ts', ...args]
      .map((a) => `'${a}'`)
      .join(' ')
    // the pipeline's status is the CLI's (pipefail), its output what the slow reader got
    const child = spawn('bash', ['-o', 'pipefail', '-c', `${cli} | (sleep 2; cat)`], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: temp.url },
    })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('the CLI did not finish in 60 s'))
    }, 60_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout })
    })
  })
}

describe('the CLI as a process', () => {
  it('hands all of a large output to a reader slower than itself (more than a pipe holds), then exits', async () => {
    const { code, stdout } = await runWithSlowReader(['compare', KG, TJ, '--json'])
    expect(code).toBe(0)
    expect(stdout.length).toBeGreaterThan(64 * 1024)
    const parsed = JSON.parse(stdout) as { rows: unknown[] }
    expect(parsed.rows.length).toBeGreaterThan(50)
  })
})
