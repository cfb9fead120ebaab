// The worker thread that reads files for import (see run-read-file.ts). It
// loads the TypeScript sources through tsx, as the CLI does, and answers one
// message per job: { id, result } or { id, crash }.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { readFileForImport } = await import('./read-file.ts')

parentPort.on('message', async ({ id, name, bytes, limits }) => {
  try {
    parentPort.postMessage({ id, result: await readFileForImport(name, bytes, limits) })
  } catch (error) {
    // a reader that fails on a file (a stack overflow in a parser …) is that file's failure, not the server's
    parentPort.postMessage({ id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})
parentPort.postMessage({ ready: true })
