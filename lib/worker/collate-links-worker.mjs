// A worker thread that does part of a collation: aligns some pairs of its
// statements, or words some of its families (see collate-in-workers.ts). It loads the TypeScript sources through tsx, as the
// import worker does, and answers one message per job: { id, result } or { id, crash }.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { pairLinks } = await import('../collate/pair-links.ts')
const { wordFamilies } = await import('../collate/word-families.ts')

// { kind: 'links', texts, options, pairs }: the links of those pairs; { kind: 'word', statements, options, families }: those families worded
parentPort.on('message', ({ id, kind, texts, statements, options, pairs, families }) => {
  try {
    const result = kind === 'word' ? wordFamilies(statements, options, families) : pairLinks(texts, options, pairs)
    parentPort.postMessage({ id, result })
  } catch (error) {
    parentPort.postMessage({ id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})
parentPort.postMessage({ ready: true })
