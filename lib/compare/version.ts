/**
 * The comparison's version: bumped when the aligner, the diff or a result's
 * shape changes. Comparisons kept in memory are keyed by it
 * (lib/services/compare-pair), and the pairs' overall similarities kept in
 * the database carry it (PairSimilarity.version), so that results of two
 * releases are never mixed: a database whose similarities an older release
 * computed drops them when it is prepared, and they are computed again.
 */
export const COMPARISON_VERSION = 6
