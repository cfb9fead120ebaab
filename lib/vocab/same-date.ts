/** How a repeated text's date is said: "of the same date", or "both undated" for two undated copies in one upload. */
export const sameDateWords = (date: string | null) => (date ? 'of the same date' : 'both undated')
