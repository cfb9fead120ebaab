// A worker thread that aligns some pairs of a collation's statements (see
// collate-in-workers.ts). It loads the TypeScript sources through tsx, as the
// import worker does, and answers one message per job: { id, result } or { id, crash }.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { pairLinks } = await import('../collate/pair-links.ts')

parentPort.on('message', ({ id, texts, options, pairs }) => {
  try {
    parentPort.postMessage({ id, result: pairLinks(texts, options, pairs) })
  } catch (error) {
    parentPort.postMessage({ id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})
parentPort.postMessage({ ready: true })
