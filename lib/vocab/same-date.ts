/**
 * How a repeated text's date is said: "of the same date"; for an undated copy of
 * a dated statement (a body pasted alone), "dated 2021-03-17, where this text has no date";
 * or "both undated" for two undated copies.
 */
export const sameDateWords = (date: string | null, twinDate: string | null = date) =>
  date ? 'of the same date' : twinDate ? `dated ${twinDate}, where this text has no date` : 'both undated'
