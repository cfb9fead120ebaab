/**
 * Characters of clause text in a shard of a sharded mining (lib/formulas/sharded):
 * one of the scale benchmark's statements (near-copies, the worst case) is mined
 * in about 12 s and 600 MB. A module of its own, so that what only names the
 * size (the benchmarks' titles) does not load the miner.
 */
export const SHARD_CHARACTERS = 2_000_000
