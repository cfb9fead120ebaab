/**
 * How a repeated text's date is said: "of the same date"; for an undated copy of
 * a dated statement (a body pasted alone), "undated, where it is dated 2021-03-17";
 * or "both undated" for two undated copies.
 */
export const sameDateWords = (date: string | null, twinDate: string | null = date) =>
  date ? 'of the same date' : twinDate ? `undated, where it is dated ${twinDate}` : 'both undated'
