/**
 * A section's name as the statement prints it: "I. Introduction", "一、政治合作",
 * "Annex II · Statement on Export Control Cooperation", "Principles". The
 * importer keeps a section's number (its label) apart from its heading and
 * drops the mark between them; this puts back the one each kind of number
 * takes.
 */
export function printedSectionName(label: string | null, heading: string | null): string {
  if (!label) return heading ?? ''
  if (!heading) return label
  // 一、 in Chinese; I. / 2. / B. in English; a label that names itself ("Annex II", "Part 3") before a heading of its own
  if (/^[一二三四五六七八九十]+$/.test(label)) return `${label}、${heading}`
  if (/^(?:[IVXL]+|\d+|[A-Z])$/.test(label)) return `${label}. ${heading}`
  return `${label} · ${heading}`
}

/** Whether a section has a name the statement prints: a heading or a number (an untitled opening has neither). */
export function isHeaded(section: { label: string | null; heading: string | null }): boolean {
  return Boolean(section.label || section.heading)
}

/**
 * How many sections a statement has, as its page lists them: those with a
 * heading or a number (isHeaded).
 * @example headedSectionsInWords([{ label: null, heading: null }, { label: 'I', heading: 'Politics' }]) // '1 section'
 */
export function headedSectionsInWords(sections: readonly { label: string | null; heading: string | null }[]): string {
  const headed = sections.filter(isHeaded).length
  return `${headed} section${headed === 1 ? '' : 's'}`
}
