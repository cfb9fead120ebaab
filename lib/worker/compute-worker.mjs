// A worker thread of the compute pool (see thread-pool.ts): work too long for
// the server's own thread, which must keep answering readers. It loads the
// TypeScript sources through tsx, as the import worker does, and answers one
// message per job: { id, result } or { id, crash }.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { pairLinks } = await import('../collate/pair-links.ts')
const { wordFamilies } = await import('../collate/word-families.ts')
const { formulaRecords } = await import('../formulas/records.ts')
const { shardCandidates, recordsFromShards } = await import('../formulas/sharded.ts')
const { pairSimilarities } = await import('../compare/pair-similarities.ts')

/** Each job's kind and what it computes from the message. */
const JOBS = {
  // some pairs of a collation's statements aligned
  links: ({ texts, options, pairs }) => pairLinks(texts, options, pairs),
  // some families of a collation worded
  word: ({ statements, options, families }) => wordFamilies(statements, options, families),
  // the corpus mined for formulas
  formulas: ({ statements }) => formulaRecords(statements),
  // one shard of a corpus too large to mine at once, and the counting of every shard's formulas over the whole corpus (lib/formulas/sharded)
  shard: ({ statements, options }) => shardCandidates(statements, options),
  counted: ({ statements, found, options }) => recordsFromShards(statements, found, options),
  // the overall similarity of pairs of statements (the corpus map)
  similarities: ({ statements, pairs }) => pairSimilarities(statements, pairs),
}

parentPort.on('message', (message) => {
  try {
    const job = JOBS[message.kind]
    if (!job) throw new Error(`no job of kind ${message.kind}`)
    parentPort.postMessage({ id: message.id, result: job(message) })
  } catch (error) {
    parentPort.postMessage({ id: message.id, crash: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
  }
})
parentPort.postMessage({ ready: true })
