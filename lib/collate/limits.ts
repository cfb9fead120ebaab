/** How many statements one collation takes: fewer is a pair (the compare view), more is too many to read as one table. */
export const MIN_COLLATED = 3
export const MAX_COLLATED = 20
