/**
 * The fewest words two English clauses share in order when one is a version of
 * the other: on the hand-made gold alignments (npm run eval), every right link
 * of the aligner shared at least 6; the links that shared fewer were all wrong
 * (chance pairs of two sentences on one subject: "Taiwan Strait", "Ukraine").
 */
export const ENGLISH_IN_ORDER = 6
