/**
 * Whether two lines of English join without a space: the first ends inside a
 * word hyphenated at the line's end ("Indo-" / "Pacific"), not on a suspended
 * hyphen whose compound the next line completes after a conjunction ("low-" /
 * "and middle-income countries", "short-" / "to medium-term").
 * @example joinsHyphenated('for low-', 'and middle-income') // false
 * @example joinsHyphenated('the Indo-', 'Pacific') // true
 */
export function joinsHyphenated(before: string, after: string): boolean {
  return /\p{L}-$/u.test(before) && /^\p{L}/u.test(after) && !/^(?:and|or|to|nor)\b(?!-)/.test(after)
}
