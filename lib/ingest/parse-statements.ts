/**
 * The importer's pure core: a file's text in, statements with metadata,
 * sections and clauses out (tokenise → repair → segment in the collation
 * pipeline). It never throws for bad input: it returns a one-line reason.
 *
 * What it reads, in order of trust: the text's own header and sign-off (title
 * lines, a date line, "2019年7月23日于北京"), a wire dateline, the file's front
 * matter (title, date), the file's name; and only as a doubt, the dates of the
 * visit the opening paragraph reports. A date the text cites (a treaty, an
 * earlier meeting) is never the statement's date.
 */
import { compoundParties, findPartiesInTitle, findSpeakerParty } from '@/lib/parties/find-parties'
import {
  findPartiesEn,
  isReadoutTitle,
  namedSubjectEn,
  isPublisherHeadline,
  namesParticipants,
  openingCounterparts,
  participantParties,
  participantItemsParties,
  PARTICIPANTS_LEAD_IN,
  readoutCounterparts,
  readoutOwnSide,
} from '@/lib/parties/find-parties-en'
import { findPartyByPerson, isCountryName, PARTIES } from '@/lib/parties/gazetteer'
import { publisherOf } from '@/lib/parties/publisher'
import { isLinkPointer, layoutEnglish } from './english-layout'
import { PASTED_TEXT_NAME, readFileName } from './file-name'
import { findYearInText, findYearInTextEn, isoDate } from './find-date'
import { monthNumber } from './months'
import { readFrontMatter } from './front-matter'
import { classifyKind, readHeader, TITLE_LIKE, type Header } from './read-header'
import { findSpeakerPartyEn, isByline, readHeaderEn } from './read-header-en'
import { cleanLine } from './clean-markup'
import { repairMappedLines } from './repair-extraction'
import { mapIdentity, sliceMapped, trimMapped } from '@/lib/text/mapped-text'
import { inPrintedScript } from './printed-script'
import { toSimplified } from '@/lib/text/script-fold'
import { otherLanguage, otherLanguageOf } from '@/lib/text/other-language'
import { segmentBody } from './segment-body'
import { endsOnTimeStamp, isPersonTurn } from './transcript'
import { readDateLineEn, readDateLineZh, type DatePlace } from './sign-off'
import { splitDocuments } from './split-documents'
import { cleanTitle, findPartiesInOpeningZh, placeInTitle, visitDate } from './statement-metadata'
import type { Dateline, ImportNote, ParseResult, ParsedSection, ParsedStatement, RawDocument, RepairedParagraph } from './types'

export interface ParseOptions {
  /** the file's name: its date and title are the last resort for a text that gives neither */
  fileName?: string
}

interface FileContext {
  fileName?: string
  /** front matter fields, for a file that holds one statement */
  meta: Record<string, string>
  /** the file is printed in Traditional characters (read as Simplified): a Chinese ministry's title may be Taiwan's */
  traditional?: boolean
}

/**
 * Every statement in a file's text.
 * @example
 * const result = parseStatements(readFileSync('data/corpus/xinhua-2019-06-xi-state-visits.txt', 'utf8'))
 * if (result.ok) result.statements.map((s) => s.title)
 */
export function parseStatements(text: string, options: ParseOptions = {}): ParseResult {
  // Traditional characters are read as Simplified (title words, kinds, parties, date lines are known in
  // Simplified), one character for one, and the statement is given back in the characters it is printed in
  const simplified = toSimplified(text)
  const result = parseText(simplified, options, simplified !== text)
  return result.ok && simplified !== text
    ? { ok: true, statements: result.statements.map((s) => inPrintedScript(s, text, simplified)) }
    : result
}

function parseText(text: string, options: ParseOptions, traditional = false): ParseResult {
  if (!text.trim()) return { ok: false, error: 'The file is empty.' }
  if (looksBinary(text))
    return { ok: false, error: 'The file is not text (it contains binary data); import a text, PDF, Word or HTML file.' }
  const front = readFrontMatter(text)
  // (a page's footer after the text, its licence or copyright, is no statement nor part of one)
  text = withoutPageFooters(text)
  // a file with front matter is one document: its metadata describes it
  const documents = front ? splitDocuments(text, front.end, { byTitles: false }) : splitDocuments(text)
  const context: FileContext = { fileName: options.fileName, meta: documents.length === 1 ? (front?.fields ?? {}) : {}, traditional }
  const statements = documents.map((document) => parseDocument(document, context)).filter((s): s is ParsedStatement => s !== null)
  if (statements.length === 0) {
    const foreign = otherLanguage(text)
    // (a page whose only sentence points to the document it links to: "To view the letter …, visit: https://…")
    const pointer = foreign ? undefined : text.split('\n').find((line) => line.trim() && isLinkPointer(line.trim()))
    return {
      ok: false,
      error: foreign
        ? `No statement found: the text is in ${foreign}, and Tongwen reads statements in Chinese and English.`
        : pointer
          ? 'No statement found: the text only points to a linked document ("To view …, visit: …"), which Tongwen leaves out; import that document itself.'
          : 'No statement found: the text has no sentences (Tongwen reads a statement from its sentences, with or without a title or date line).',
    }
  }
  fillYearsFromSiblings(statements)
  return { ok: true, statements }
}

function parseDocument(document: RawDocument, context: FileContext): ParsedStatement | null {
  const raw = document.lines.map((line) => line.text).join('\n')
  const language = detectLanguage(raw)
  const repaired = language === 'en' ? layoutEnglish(document.lines) : repairChinese(document.lines)
  const notes: ImportNote[] = [...repaired.notes]
  const foreign = otherLanguageOf(raw)
  if (foreign)
    notes.push({
      kind: 'doubt',
      message: `the text is in ${foreign.name}, not ${language === 'en' ? 'English' : 'Chinese'}: it was read with the ${language === 'en' ? 'English' : 'Chinese'} rules, so its sentences, date and parties may be read wrongly`,
    })
  let paragraphs = repaired.paragraphs
  const metaTitle = context.meta.title ? cleanTitle(context.meta.title) : null
  const header =
    language === 'en'
      ? readHeaderEn(paragraphs, {
          knownTitle: metaTitle,
          isCountry: isCountryName,
        })
      : readHeader(paragraphs)
  const below = language === 'zh' ? withoutPictures(paragraphs.slice(header.bodyStart), notes) : paragraphs.slice(header.bodyStart)
  const memorandum = withoutMemorandumAddress(withoutSalutation(below, language, notes), language, notes)
  paragraphs = memorandum.paragraphs
  const signOff = readSignOff(paragraphs, language)
  // (a sign-off under a line in capitals, a signature or "THE WHITE HOUSE,", not an attribution "President Biden, March 1")
  const underSignature = signOff !== null && /^[^\p{Ll}]*\p{Lu}{2}[^\p{Ll}]*$/u.test(paragraphs[signOff.index - 1]?.text.text.trim() ?? '')
  if (signOff) paragraphs = paragraphs.slice(0, signOff.index)
  const signed = withoutSignatures(paragraphs, language, notes)
  const closing = paragraphs
    .slice(signed.length)
    .map((p) => p.text.text)
    .join('\n')
  paragraphs = signed
  const dateline = language === 'en' ? withoutPressDateline(paragraphs, notes, context.meta.date ?? null) : null
  if (dateline) paragraphs = dateline.paragraphs
  // (a dateline's day is the text's printed date, where its header prints none: "November 29, 2021 — Today, …")
  const datelineDate = dateline ? readDateLineEn(dateline.line.replace(/\s*(?:--|[–—-])\s*$/u, ''))?.date : undefined
  if (datelineDate && !header.printedDate && !context.meta.date) {
    const [year, month, day] = datelineDate.split('-').map(Number) as [number, number, number]
    header.printedDate = { year, month, day }
  }
  const sections = segmentBody(paragraphs, language)
  if (sections.length === 0) return null
  const body = sections.flatMap((s) => s.clauses.map((c) => c.text)).join(language === 'en' ? ' ' : '')
  if (!isProse(body, language)) return null
  const fromName = readFileName(context.fileName)

  const title = chooseTitle(header, metaTitle, fromName.title, context.fileName === PASTED_TEXT_NAME, sections, notes)
  const opening =
    sections[0]?.clauses
      .slice(0, 3)
      .map((c) => c.text)
      .join(language === 'en' ? ' ' : '') ?? ''
  const kind = spokenInFirstPerson(classifyKind({ ...header, title }), language, header, opening, sections)
  const publisher = publisherOf(context.meta.source_url ?? context.meta.url ?? context.meta.source ?? null)
  // (a Chinese speech whose page names its speaker only in the title: "习近平：共倡开放包容 共促和平发展", "李强在…上的讲话")
  if (kind === 'speech' && language === 'zh' && !header.speaker) header.speaker = speakerOfTitleZh(title)
  // (a memorandum speaks in its publisher's voice, whatever its title and the opening's countries: "Delegation of
  // Authority Under Section 506(a)(1) …" / "I hereby delegate … to Ukraine")
  const oneVoice = memorandum.found || inOneVoice(title)
  // (a ministry's title printed in Traditional characters may be Taiwan's, "外交部發言人…": China's only if it says so)
  const ministry =
    CHINESE_MINISTRY_VOICE.test(title) && (!context.traditional || /^(?:\d{4}年\d{1,2}月\d{1,2}日)?中华人民共和国/u.test(title))
  const parties = findStatementParties({
    language,
    kind,
    header,
    title,
    opening,
    closing,
    publisher,
    notes,
    oneVoice,
    ministry,
    sections,
  })
  const date = findDate({
    dateline: document.dateline,
    header,
    signOff: signOff?.line ?? null,
    underSignature,
    body,
    language,
    meta: context.meta,
    fileDate: fromName.date,
    opening,
    title,
    notes,
  })
  const place =
    header.printedPlace ||
    document.dateline?.place ||
    signOff?.line.place ||
    dateline?.place ||
    // (or the city a page prints after a bar at its title's end: "… Before Bilateral Meeting | Krün, Germany")
    placeInTitle(context.meta.title ?? header.title ?? '') ||
    null
  return {
    title,
    subtitle: header.subtitle,
    // a statement of several voices is a joint one, whatever its title calls it; a chair's statement speaks for the chair
    kind: kindWithParties(kind, parties, oneVoice),
    date,
    place,
    speaker: header.speaker,
    parties,
    language,
    ...(foreign ? { printedIn: foreign } : {}),
    sections,
    notes,
    dateline: document.dateline,
    sourceStart: document.start,
    sourceEnd: document.end,
  }
}

/**
 * A page's footer line: a licence or copyright notice ("本作品是中华人民共和国的法律、法规…", "根据《中华人民共和国著作权法》
 * 第五条，本作品不适用于该法", "Public domain", "版权所有", "Copyright © …"; after the licence's icon, "PD-icon.svg") or a
 * site's box under the text ("历史上的今天：").
 */
const PAGE_FOOTER =
  /^[ \t]*(?:[\w-]+\.(?:svg|png|jpe?g|gif)\s*)?(?:本作品(?:是|在|属于|不适用|采用)|根据《中华人民共和国著作权法》|public domain\b|版权所有|©|历史上的今天[：:]?[ \t]*$)/gimu

/**
 * The text with each page footer in its second half blanked out (a header's own "版权所有" line is the page's top): from
 * its first line to the next title of a text (a second page pasted below, "…联合公报") or the end. Blanked, not cut, so
 * that every character left keeps its place in the file.
 */
function withoutPageFooters(text: string): string {
  let out = text
  let from = text.length / 2
  for (const match of text.matchAll(PAGE_FOOTER)) {
    const at = match.index as number
    if (at < from) continue
    const lines = text.slice(at).split('\n')
    let end = at
    for (const [k, line] of lines.entries()) {
      if (k > 0 && TITLE_LIKE.test(line.trim().replace(/\s+/gu, ''))) break
      end += line.length + 1
    }
    end = Math.min(end, text.length)
    out = out.slice(0, at) + out.slice(at, end).replace(/[^\n]/gu, ' ') + out.slice(end)
    from = end
  }
  return out
}

/** A title in the voice of a ministry of the People's Republic or its spokesperson: 外交部发言人…, 中国外交部…, 国防部…. */
const CHINESE_MINISTRY_VOICE =
  /^(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:中华人民共和国|中国)?(?:外交部|国防部|商务部|国务院新闻办公室|国务院台湾事务办公室)(?:发言人|新闻发言人)?/u

/** A picture's placeholder a copied page leaves in the text: "资料图", "图片", "视频截图", "图片来源：新华社" (read in Simplified, as all Chinese text is here). */
const PICTURE_LINE = /^(?:资料图片?|图片|视频截图|图片来源[：:].{0,40}|[（(]?图[：:][^。]{0,60}[)）]?)$/u
/** A picture's caption, which ends with its credit: "…热烈欢迎各位嘉宾。 新华社记者 黄敬文 摄", "（新华社发）", "（记者 王某 摄）". */
const PICTURE_CREDIT =
  /(?:(?:新华社|中新社|人民网|人民日报|央视网)?(?:记者|通讯员)\s*[\p{Script=Han}·]{2,4}(?:[\s、和][\p{Script=Han}·]{2,4}){0,3}\s*摄|[（(][^（）()]{0,40}(?:摄|社发)[)）]|(?:新华社|中新社)发(?:[（(][^（）()]{0,20}[)）])?)$/u

/** A Chinese page's body without its pictures' placeholders and captions, which are the page's, not the text's. */
function withoutPictures(paragraphs: readonly RepairedParagraph[], notes: ImportNote[]): RepairedParagraph[] {
  const kept = paragraphs.filter((p) => {
    const text = p.text.text.trim()
    return !PICTURE_LINE.test(text) && !PICTURE_CREDIT.test(text)
  })
  const dropped = paragraphs.length - kept.length
  if (dropped)
    notes.push({
      kind: 'repair',
      message: `left out ${dropped} picture caption${dropped > 1 ? 's' : ''} or placeholder${dropped > 1 ? 's' : ''}`,
    })
  return kept
}

/**
 * A press release's dateline opening the body: "WASHINGTON – Today …", "WASHINGTON, D.C. — The …", "Washington, DC – …"
 * (in capitals, or with the District's initials after it), or its day alone, "November 29, 2021 — Today, …" (the city in
 * its first or second group, if any).
 */
const PRESS_DATELINE =
  /^\s*(?:([A-Z][A-Z.'’ -]{2,30}?)(?:,\s*D\.?\s?C\.?)?|([A-Z][a-z]+(?: [A-Z][a-z]+)?),\s*D\.?\s?C\.?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})\s*(?:(?:--|[–—-])\s+(?=\S)|[–—](?=[A-Z][a-z]))/

/**
 * The body without the dateline its first paragraph of prose opens with (under a deck or heading, if any), which is no
 * part of its first sentence, and the dateline's city as the place ("WASHINGTON" → Washington); null when it opens with none.
 */
function withoutPressDateline(
  paragraphs: readonly RepairedParagraph[],
  notes: ImportNote[],
  /** the date the file's metadata gives, which a dateline of the day alone must be (else it is the text's, "December 7, 1941 —") */
  metaDate: string | null,
): { paragraphs: RepairedParagraph[]; place: string | null; line: string } | null {
  // (one of the first paragraphs: a deck or a heading may stand above it)
  const k = paragraphs.slice(0, 3).findIndex((p) => !p.heading && !p.listItem && PRESS_DATELINE.test(p.text.text))
  const first = paragraphs[k]
  const match = first && PRESS_DATELINE.exec(first.text.text)
  if (!first || !match || (match[1] !== undefined && !/[A-Z]{3}/.test(match[1]))) return null
  const city = match[1] ?? match[2]
  const day = city === undefined ? readDateLineEn(match[0].replace(/\s*(?:--|[–—-])\s*$/u, ''))?.date : undefined
  if (day && metaDate && !metaDate.startsWith(day)) return null
  const text = trimMapped(sliceMapped(first.text, match[0].length, first.text.text.length))
  // (a sentence follows it: not a heading's number, "NATIONAL SECURITY MEMORANDUM – 1")
  if (!/^[\p{Lu}“"‘(]/u.test(text.text) || !/\p{Ll}{2}/u.test(text.text)) return null
  const place =
    city
      ?.trim()
      .toLowerCase()
      .replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase()) ?? null
  notes.push({
    kind: 'repair',
    message: `left the dateline "${match[0].trim()}" out of the first sentence${place ? ' (its city is the place)' : ''}`,
  })
  return { paragraphs: paragraphs.map((p, i) => (i === k ? { ...p, text } : p)), place, line: match[0].trim() }
}

/** Two parties or more, or a grouping (the Quad, the G7) that speaks for its members. */
function speaksForSeveral(codes: readonly string[]): boolean {
  return codes.length >= 2 || codes.some((code) => PARTIES.find((party) => party.code === code)?.type === 'grouping')
}

/** Chinese lines with any markup (HTML tags of a copied page, Markdown) removed, then repaired as a PDF's or a page's lines. */
function repairChinese(lines: RawDocument['lines']): ReturnType<typeof repairMappedLines> {
  let marked = 0
  const cleaned = lines.map((line) => {
    const clean = cleanLine(mapIdentity(line.text, line.start))
    if (/[<*#\\]/.test(line.text) && clean.text.text !== line.text.trim()) marked++
    return clean.empty ? mapIdentity('', line.start) : clean.text
  })
  const repaired = repairMappedLines(cleaned)
  if (marked)
    repaired.notes.push({ kind: 'repair', message: `removed markup (HTML tags, Markdown) from ${marked} line${marked > 1 ? 's' : ''}` })
  return repaired
}

/** The statement's title: its own title lines, else the front matter's, else the file name's, else its first words; the last two said as doubts. */
function chooseTitle(
  header: Header,
  metaTitle: string | null,
  fileTitle: string | null,
  /** the text was pasted: its "file name" only stands in for a title */
  pasted: boolean,
  sections: ParsedStatement['sections'],
  notes: ImportNote[],
): string {
  if (metaTitle) return metaTitle
  const own = cleanTitle(header.title)
  if (own) return own
  if (fileTitle) {
    notes.push({
      kind: 'doubt',
      about: 'title',
      message: pasted
        ? `no title line in the text; "${fileTitle}" stands in for the title: type it`
        : `no title line in the text; the title "${fileTitle}" is made from the file name: correct it`,
    })
    return fileTitle
  }
  const first = sections[0]?.clauses[0]?.text ?? ''
  const words = first.length > 80 ? `${first.slice(0, 77).replace(/\s+\S*$/, '')}…` : first
  notes.push({ kind: 'doubt', about: 'title', message: 'no title line in the text; the title is its first words: correct it' })
  return words
}

/**
 * What a title the reader typed in place of the one read says of the kind and
 * the parties, as the parser reads them from a title: the kind always; the
 * parties only when the new title names them itself (a title that names none
 * leaves those read from the text as they were, with their doubts), each with
 * the doubts their reading raises. The walkthrough's case: a body pasted alone,
 * its title typed in ("Fact Sheet: The United States-Ireland Partnership"),
 * had been saved as a statement of no parties, doubting that it had none.
 */
export function readRetypedTitle(
  statement: Pick<ParsedStatement, 'language' | 'subtitle' | 'speaker' | 'parties'>,
  title: string,
): { kind: ParsedStatement['kind']; parties: { codes: string[]; notes: ImportNote[] } | null } {
  const kind = classifyKind({ title, subtitle: statement.subtitle, speaker: statement.speaker })
  const parties = partiesOfTitle(statement.language, title)
  return { kind: kindWithParties(kind, parties?.codes ?? statement.parties, inOneVoice(title)), parties }
}

/** The parties a title names, as the parser reads them from a title alone, or null when it names none. */
function partiesOfTitle(language: 'zh' | 'en', title: string): { codes: string[]; notes: ImportNote[] } | null {
  if (language === 'en') {
    // the title alone: a fact sheet's parties are then the government its title names first, doubted as on import
    const found = findPartiesEn({ title, opening: '' })
    return found.codes.length ? { codes: found.codes, notes: found.from === 'publisher' ? [ONE_VOICE_DOUBT] : [] } : null
  }
  const found = findPartiesInTitle(title)
  return found.codes.length ? { codes: found.codes, notes: found.unknown.map(unknownPartyDoubt) } : null
}

const NAMED_KIND =
  /\b(?:Statements?|Memorandum|Proclamation|Briefing|Call|Gaggle|Letters?|Messages?|Readout|Order|Notice|Declaration|Communiqu[eé]|Fact Sheet|Interview|Op-Ed|Article)(?![\p{L}])/iu

/** The person the gazetteer knows whom a Chinese speech's title names as its speaker, before a colon or 在: "习近平：…". */
function speakerOfTitleZh(title: string): string | null {
  for (const match of title.matchAll(/(\p{Script=Han}{2,4})(?=[:：]|在)/gu)) {
    const name = match[1] as string
    // (the name may stand after an office: "国家主席习近平在…")
    for (let from = 0; from <= name.length - 2; from++) if (findPartyByPerson(name.slice(from))) return name.slice(from)
  }
  return null
}

/** The kinds of document a Chinese title names, which say "我" too: a statement, a spokesperson's remarks, a letter, an interview. */
const NAMED_KIND_ZH =
  /声明|公报|宣言|新闻稿|谈话|答记者问|记者会|[复贺致来]函|[书贺致来复]信|公开信|[贺唁复]电|致电|文章|署名|专访|采访|纪要|备忘录|协定|条约|通知|公告|决定|命令/u

/** A proclamation's operative words: "… do hereby proclaim January 20, 2021, as …", "IN WITNESS WHEREOF, I have hereunto set my hand …". */
const PROCLAIMS = /\bdo hereby proclaim\b|^IN WITNESS WHEREOF\b/u

/**
 * A text under a title that names no kind of document ("IISS Shangri-La Dialogue") that opens in the first person
 * singular ("I’m delighted to be back in Singapore …") is a speech: a statement of several parties says "we".
 */
function spokenInFirstPerson(
  kind: ParsedStatement['kind'],
  language: 'zh' | 'en',
  { title, subtitle }: Pick<Header, 'title' | 'subtitle'>,
  opening: string,
  sections: readonly ParsedSection[],
): ParsedStatement['kind'] {
  // (only under a title of the text's own that names no kind of document: a statement by a president, a press briefing
  // or a letter says "I" too, and a text without its title may be any of them)
  if (kind !== 'statement' || !title) return kind
  if (language === 'zh')
    // ("我" as the speaker, not "我国", "我们", "我方", "我驻…": a document's "our country" or "our side"; not under a title
    // that names a document, a spokesperson's remarks or a letter)
    return !NAMED_KIND_ZH.test(title) && /我(?![国们方军驻部省市区院校司局馆党])/u.test(opening.slice(0, 200)) ? 'speech' : kind
  if (NAMED_KIND.test(title) || /^Dear\b/.test(opening)) return kind
  if (!/(?:^|[.!?]["”’]?\s+)(?:I|I[’']m|I[’']ve|I[’']d)\s/u.test(opening)) return kind
  // (nor under a byline, which an article has, not a speech: "2022 in Review" / "By Ambassador Susan E. Rice" / "I don’t
  // know about you, …")
  // (nor a proclamation whose title names none, which its president proclaims in the first person: "A National Day of
  // Unity" / "I am humbled before God …" / "NOW, THEREFORE, I, JOSEPH R. BIDEN JR., … do hereby proclaim …"; the whole
  // text read only for a text in the first person)
  if ((subtitle && isByline(subtitle)) || sections.some((s) => s.clauses.some((c) => PROCLAIMS.test(c.text)))) return kind
  return 'speech'
}

/** A statement that speaks for several parties is a joint statement, unless it is in one voice (a chair's, a readout, a 声明, a memorandum). */
function kindWithParties(kind: ParsedStatement['kind'], parties: readonly string[], oneVoice: boolean): ParsedStatement['kind'] {
  return kind === 'statement' && speaksForSeveral(parties) && !oneVoice ? 'joint-statement' : kind
}

/**
 * A title that gives its document one author, whatever countries the text
 * names: a chair's statement, a readout, a letter or memorandum, an executive
 * order or proclamation, "Statement
 * by|from|of" one author ("Statement by President Biden on …", not "Statement
 * from President Biden and President von der Leyen on …" nor "Statement by
 * Australia, Japan, … and the United States on …"), or an officer's
 * "President Biden Statement on …". A letter addressed to someone ("Letter to
 * the Speaker … regarding the Agreement … between the United States of America
 * and the Republic of South Africa …") is its sender's.
 * @example inOneVoice('President Biden Statement on the UN-Mediated Truce Extension in Yemen') // true
 */
/** The White House's offices that issue statements in their own name ("NSC Press Statement on …"). */
const OWN_OFFICE = 'NSC|National Security Council|White House'
/** An officer's or an office's statement on something: "President Biden Statement on …", "NSC Press Statement on …". */
const OFFICER_STATEMENT_ON = new RegExp(
  String.raw`^(?:President|Vice President|Press Secretary|First Lady|National Security Advis[eo]r|${OWN_OFFICE})\b(?:(?! and )[^,])*? Statement (?:on|regarding)\b`,
)
/** A statement on an officer's talks, which names no author: its own side is the officer's, before "with". */
// (not a visit or trip "to" a country: "Statement on Prime Minister Kishida's Visit to the United States" is the guest's too)
const STATEMENT_ON_TALKS = new RegExp(
  String.raw`^((?:(?:${OWN_OFFICE})\s+(?:Press\s+)?)?Statement (?:on|regarding) (?:(?! between )[^,])*?\b(?:meeting|call|conversation)s?) with\b`,
  'i',
)

export function inOneVoice(title: string): boolean {
  // a letter or message addressed to someone has one sender, whatever agreement "between" two governments it is about
  if (/^(?:Text of (?:a |the )?|A )?(?:Letter|Message)s? (?:from (?:(?! to ).)+ )?to\b/i.test(title)) return true
  // a readout is its publisher's account, of a meeting "between" two leaders too
  if (isReadoutTitle(title)) return true
  // a headline of the publisher's own act names where it goes, not who speaks ("President Biden Announces Presidential
  // Delegation to Japan …", "Background Press Call on … Japan and the Republic of Korea")
  if (isPublisherHeadline(title)) return true
  // (and so is a statement on an officer's meeting or call, which names no author: "Statement on Vice President Kamala
  // Harris’s Meeting with Dr. Angela Merkel, …", "Statement on National Security Advisor Jake Sullivan meeting with …")
  if (STATEMENT_ON_TALKS.test(title)) return true
  const author = /^Statement (?:by|from|of) (.+?)(?= on | welcoming | marking | regarding | following | after | at the |$)/i.exec(
    title,
  )?.[1]
  // a memorandum, letter or statement of intent "between" two governments is signed by both (but not a spokesperson's
  // statement on a meeting between two leaders: "Statement by … Jen Psaki on the Meeting Between President Joe Biden and …")
  // ("Statement of Intent on … between …" is an instrument's name)
  if (/\bbetween\b/i.test(author !== undefined && /^Statement (?:by|from) /i.test(title) ? author : title)) return false
  // (and so are a president's own instruments: an executive order, a proclamation, a notice, a determination)
  if (
    /^(?:(?:A|The|Text of (?:a|the))\s+)?(?:Chair(?:man|woman|person)?(?:’s|'s)?\s|Readout|Letter|Memorandum|Message|Executive Order|Proclamation|Notice|Presidential (?:Determination|Memorandum|Proclamation|Message)|National Security Memorandum|声明)/i.test(
      title,
    )
  )
    return true
  if (author !== undefined)
    // several authors are joined by "and" or listed with commas (the comma of "Joseph R. Biden, Jr." lists none), or named as a body
    // (the "and" of one person's two offices lists none: "Senior Advisor and Chief Spokesperson Symone Sanders", "Assistant to
    // the President and Press Secretary Jen Psaki")
    return (
      !/\band\b|,|&/.test(author.replace(/,\s*(?:Jr|Sr)\.?/g, '').replace(ONE_PERSONS_OFFICES, '$1')) &&
      !/\b(?:Leaders|Ministers|Members|Partners|Governments|Countries|Co-Chairs|Heads)\b/.test(author)
    )
  // (and an office's statement on an officer's talks: "NSC Press Statement on National Security Advisor Jake Sullivan’s Phone
  // Call with Croatian Prime Minister Andrej Plenkovic")
  return OFFICER_STATEMENT_ON.test(title)
}

/**
 * An adviser's or an assistant's office named before "and" and another office with its holder's name: the two offices of one
 * person ("Senior Advisor and Chief Spokesperson Symone Sanders", "Assistant to the President and Director of the National
 * Economic Council Brian Deese"), not two people ("the Secretary and Deputy Secretary").
 */
const ONE_PERSONS_OFFICES =
  /^((?:(?:Senior|Principal|Deputy|Chief|Special|Assistant|Advis[eo]r|to|the|President)\s+)*(?:Advis[eo]r|Assistant to the President)\s+)and\s+(?=(?:Senior|Principal|Deputy|Chief|Special|Assistant|Press|White House|National|Director|Coordinator|Homeland|Domestic|Communications)\b)/u

const ONE_VOICE_DOUBT: ImportNote = {
  kind: 'doubt',
  about: 'parties',
  message:
    'a document in one voice (a statement, fact sheet or readout) whose publisher the text does not say; it is taken to be the publishing government it names most: check it',
}

/** The doubt of a party the gazetteer does not know: read from a title, or typed in on import. */
export const unknownPartyDoubt = (name: string): ImportNote => ({
  kind: 'doubt',
  about: 'parties',
  message: `party "${name}" is not in the gazetteer; its name is kept as written and not masked in comparisons`,
})

/**
 * The items of a readout's list of participants under its lead-in (PARTICIPANTS_LEAD_IN), as a heading or as a clause
 * over them; none where it has none.
 */
function participantsListed(sections: readonly ParsedSection[]): string[] {
  for (const section of sections) {
    if (section.heading && PARTICIPANTS_LEAD_IN.test(section.heading.trim())) return listItems(section.clauses.map((c) => c.text))
    const at = section.clauses.findIndex((c) => PARTICIPANTS_LEAD_IN.test(c.text.trim()))
    if (at >= 0) return listItems(section.clauses.slice(at + 1).map((c) => c.text))
  }
  return []
}

/** A list's items up to the first sentence after it ("The Vice President thanked …"): an item names a participant. */
function listItems(lines: readonly string[]): string[] {
  const end = lines.findIndex((line) => line.length > 200 || /\p{Ll}{3}[.!?]["”’)]*$/u.test(line.trim()))
  return end < 0 ? [...lines] : lines.slice(0, end)
}

/** A memorandum of understanding, a letter of intent: two sign it, though its title opens as a one-voice document's. */
const SIGNED_BY_TWO =
  /^(?:(?:A|The|Text of (?:a|the))\s+)?(?:Memorandum|Letter|Statement|Declaration)s? of (?:Understanding|Intent|Cooperation)\b/i

/** What the parties of a statement are read from (findStatementParties). */
interface PartySources {
  language: 'zh' | 'en'
  kind: ParsedStatement['kind']
  header: Header
  title: string
  opening: string
  closing: string
  publisher: string | null
  /** where a doubt about the parties is added */
  notes: ImportNote[]
  /** the text is in one voice: its title says so (inOneVoice), or it is a memorandum under its address block */
  oneVoice: boolean
  /** the title is in the voice of a ministry of the People's Republic or its spokesperson (CHINESE_MINISTRY_VOICE) */
  ministry: boolean
  /** the text's sections: its first clauses (HEAD_CLAUSES) may say who took part or who speaks, and a readout's list of participants */
  sections: readonly ParsedSection[]
}

function findStatementParties({
  language,
  kind,
  header,
  title,
  opening,
  closing,
  publisher,
  notes,
  oneVoice,
  ministry,
  sections,
}: PartySources): string[] {
  // (the text's first clauses, which may say who took part or who speaks after the opening's three)
  const head = sections
    .flatMap((s) => s.clauses)
    .slice(0, HEAD_CLAUSES)
    .map((c) => c.text)
  if (kind === 'speech' && header.speaker) {
    const found =
      language === 'en' ? findSpeakerPartyEn(header.speakerRole, header.speaker) : findSpeakerParty(header.speakerRole, header.speaker)
    if (found.codes.length) return found.codes
  }
  if (language === 'en') {
    // a document in one voice (a letter to Congress, an executive order, a message to the Senate) is its publisher's,
    // whatever states its opening names ("… designate Qatar as a Major Non-NATO Ally")
    // (but a statement or readout the publisher issues for a group of governments speaks for them all, as its opening's
    // subject says, "Australia, India, Japan and the United States recognize …", "Australia, the United Kingdom and the
    // United States of America recently held …"; two alone are the publisher reporting its own talks, "The United States
    // and Lithuania convened …", "The United States and the United Kingdom are strong Allies …")
    // (not a statement of the President's or Vice President's own, which speaks in their voice whatever its opening lists:
    // "Statement by President Biden on Removing Russian Banks from SWIFT" / "The United States, the European Commission, …")
    // (a joint statement of the publisher's own officers, by their offices, names no other government whatever its opening
    // names: "… Joint Statement by Assistant to the President and National Security Advisor Jake Sullivan and Assistant to
    // the President and Homeland Security Advisor Dr. Elizabeth Sherwood-Randall", who work "closely with the Government of
    // Mexico")
    const staff = /\bJoint Statement (?:by|from) (.+?)(?= on | regarding |$)/iu.exec(title)?.[1]
    if (
      publisher &&
      staff &&
      /\b(?:Assistant to the President|White House|Press Secretary)\b/u.test(staff) &&
      findPartiesEn({ title: staff, opening: '' }).codes.every((code) => code === publisher)
    )
      return [publisher]
    const ownVoice = /^Statement (?:by|from) (?:the )?(?:Vice )?President\b/i.test(title)
    const together = kind === 'statement' && !ownVoice ? namedSubjectEn(opening).map((p) => p.code) : []
    // (a text pasted without its address is theirs too: "Readout of AUKUS Joint Steering Group Meetings" / "Australia, the
    // United Kingdom, and the United States of America recently held meetings …")
    if (together.length >= 3 && (!publisher || together.includes(publisher))) return together
    // (and a readout of a call or meeting with another government is the publisher's account of talks with it: both are
    // its parties, so that comparing readouts masks each counterpart's name)
    // (its own side is the publisher, or, pasted without its address, the one its title names first: "Readout of President
    // Biden’s Call with …")
    // (or, where the title names them only by a person or an occasion, whom its first sentence says: "… Meeting with
    // Politburo Member Yang Jiechi" / "… met with Chinese Communist Party Politburo Member …")
    // (or, where those name them only as "Allies and partners", whom its sentence of participants lists: "Joining President
    // Biden on the call were Prime Minister Trudeau of Canada, …")
    // (and where its first sentence names those of its title and more, all of them: "Readout of the Meeting of the United
    // States, Japanese and Republic of Korea Trilateral National Security Advisors" / "… met with … Akiba Takeo of Japan and
    // … Kim Sung-han of the Republic of Korea")
    const readout = isReadoutTitle(title)
    const titled = readoutCounterparts(title)
    // (those by serving leaders' and officials' offices and names, where it adds to the title's)
    const first = readout && titled.length ? openingCounterparts(opening, true) : []
    // (the title's own side, which that sentence names as its subject, not after "met with", may be missing from it)
    const ownSide = publisher ?? readoutOwnSide(title)[0]?.code
    const missing = titled.filter((p) => !first.includes(p))
    const confirmed = titled.some((p) => first.includes(p)) && missing.length <= 1 && missing.every((p) => !ownSide || p.code === ownSide)
    // (states only: a grouping that sentence names is a leader's other office or the talks' topic, "President Felix Tshisekedi
    // of the … Congo (DRC), Chair of the African Union", "… and warmly welcomed their applications for NATO membership")
    const added = confirmed ? first.filter((p) => !titled.includes(p) && p.type === 'state') : []
    const opened = titled.length === 0 ? (readout ? openingCounterparts(opening) : []) : [...titled, ...added]
    // (or, where it has none, whom its list of participants names: "The Leaders that participated:" / "Prime Minister Gaston
    // Browne of Antigua and Barbuda" / …)
    // (its own side named there counts for none: "… underscored the importance the Biden-Harris Administration places on …")
    const none = readout && opened.every((p) => p.code === ownSide)
    const participants = none ? head.find(namesParticipants) : undefined
    const fromList = none && !participants ? participantItemsParties(participantsListed(sections)) : []
    const counterparts = (participants ? participantParties(participants) : fromList.length ? fromList : opened).map((p) => p.code)
    const own = counterparts.length ? (publisher ?? readoutOwnSide(title)[0]?.code) : undefined
    if (own && counterparts.some((code) => code !== own)) return [own, ...counterparts.filter((code) => code !== own)]
    if (publisher && oneVoice && !SIGNED_BY_TWO.test(title)) return [publisher]
    // (pasted without its address, a statement on an officer's talks is the officer's side's: "Statement on Vice President
    // Kamala Harris’s Meeting with Dr. Angela Merkel, …")
    const talks = publisher ? undefined : STATEMENT_ON_TALKS.exec(title)?.[1]
    const officers = talks ? findPartiesEn({ title: talks, opening: '' }).codes : []
    if (officers.length === 1) return officers
    // (and a letter, an order or a memorandum pasted so is its signatory's, whatever it reports on: "Letter to Certain
    // Congressional Committees on the Report on the Republic of Finland’s Accession …" / "Sincerely," / "JOSEPH R. BIDEN JR.")
    const signers = !publisher && oneVoice && closing ? findPartiesEn({ title: '', opening: '', closing }).codes : []
    if (signers.length === 1) return signers
    const found = findPartiesEn({ title, opening, closing, publisher, head: head.join(' ') })
    // (a readout pasted without its address, its own side named by its officers alone, "Readout of National Security
    // Advisor Sullivan, … Call with Ukrainian Counterparts": the side found for it, and the talks' other side)
    // (the side found may be among those its first sentence names: "… today joined leaders of … (ASEAN) member states … for
    // the annual U.S.-ASEAN Summit")
    const [side] = found.codes
    const others = counterparts.filter((code) => code !== side)
    const codes = others.length && found.codes.length === 1 && side ? [side, ...others] : found.codes
    if (found.from === 'opening')
      notes.push({
        kind: 'doubt',
        about: 'parties',
        message: 'the title names no parties as its authors; the parties are those the opening paragraph names: check them',
      })
    if (found.from === 'publisher') notes.push(ONE_VOICE_DOUBT)
    // (with none found, a text its publisher issues is the publisher's: "Statement on the 12th Anniversary of the Lilly
    // Ledbetter Fair Pay Act", "Nominations Sent to the Senate", a First Lady's remarks)
    if (found.from === 'none' && publisher) {
      notes.push({
        kind: 'doubt',
        about: 'parties',
        message: 'no parties found in the title or the opening paragraph: the party is the publisher, whose page it is; check it',
      })
      return [publisher]
    }
    // (or, pasted without its address, the one government the deck under its title names: "FACT SHEET: Department of
    // Education Announces …" / "During Week of Anniversary of American Rescue Plan, Biden-Harris Administration Highlights …")
    // (not a byline, whose names are people's: "By Brian Deese, Sameera Fazili, and Bharat Ramamurti")
    const decked =
      found.from === 'none' && header.subtitle && !isByline(header.subtitle)
        ? findPartiesEn({ title: header.subtitle, opening: '' }).codes
        : []
    if (decked.length === 1) {
      notes.push({
        kind: 'doubt',
        about: 'parties',
        message: 'no parties found in the title or the opening paragraph: the party is the one its subtitle names; check it',
      })
      return decked
    }
    if (found.from === 'none')
      notes.push({ kind: 'doubt', about: 'parties', message: 'no parties found in the title or the opening paragraph' })
    return codes
  }
  const found = findPartiesInTitle(title)
  // a short compound, 中韩 or 中越, whose partner the text names in full
  const compound =
    found.codes.length === 1 && found.unknown.length === 1 ? compoundParties(found.unknown[0] as string, `${title}${opening}`) : null
  if (compound) return compound
  // a text in the voice of China's ministries (a spokesperson's briefing or remarks, "2022年8月9日外交部发言人汪文斌主持例行
  // 记者会") is China's, whatever countries its first question names
  if (found.codes.length === 0 && found.unknown.length === 0 && ministry) return ['china']
  const opened = findPartiesInOpeningZh(opening)
  // (a title whose words before 联合声明 name no party the gazetteer knows, as a title cut short leaves them, "关系合作框架
  // 文件的联合声明", gives way to the two or more parties its opening names)
  const unknownOnly = found.codes.length > 0 && found.codes.every((code) => code.startsWith('zh:'))
  if (!(unknownOnly && opened.length >= 2)) {
    notes.push(...found.unknown.map(unknownPartyDoubt))
    if (found.codes.length > 0) return found.codes
  }
  if (opened.length) {
    notes.push({
      kind: 'doubt',
      about: 'parties',
      message: 'the title names no parties as its authors; the parties are those the opening paragraph names: check them',
    })
    return opened
  }
  notes.push({ kind: 'doubt', about: 'parties', message: 'no parties found in the title or the opening paragraph' })
  return []
}

/**
 * A letter's salutation, to one reader or several in parentheses ("Dear Madam
 * Speaker: (Dear Madam President:)", "(Dear Mr. Chairman:)", "Excellency:",
 * "Dear Joe,"), or a message's address in capitals ("TO THE CONGRESS OF THE
 * UNITED STATES:"): whom the text is written to, not what it says.
 */
const SALUTATION_EN =
  /^(?:\(?\s*(?:Dear\s[^:()]{1,80}|(?:Your\s)?Excellenc(?:y|ies)|Mr\.\s(?:President|Speaker|Chairman)|Madam\s(?:President|Speaker|Chair(?:woman)?))\s*[:,]\s*\)?\s*)+$|^TO THE [A-Z][A-Z .,’'-]{2,80}:$/u

/** A line of an address block above a salutation: a name, an office, a place ("His Excellency", "Secretary-General", "New York"). */
const isAddressLine = (p: RepairedParagraph) => {
  const line = p.text.text.trim()
  // (a stop of an address's abbreviation ends no sentence: "… 700 Pennsylvania Ave., N.W.", "Washington, D.C.")
  return !p.listItem && line.length <= 80 && (!/[.!?;:]$/.test(line) || ADDRESS_ABBREVIATION_END.test(line))
}
/** An address line's last abbreviation: initials ("N.W.", "D.C."), or a street's ("Ave.", "St.", "Blvd."). */
const ADDRESS_ABBREVIATION_END = /(?:(?:^|[\s,])(?:\p{Lu}\.){2,}|\b(?:Ave|St|Rd|Blvd|Ste|Pl|Sq)\.)$/u

/**
 * The body without the salutation of a letter or message among its first
 * paragraphs (English; see SALUTATION_EN), and without the address block
 * above it when only address lines come before it.
 */
function withoutSalutation(paragraphs: readonly RepairedParagraph[], language: 'zh' | 'en', notes: ImportNote[]): RepairedParagraph[] {
  if (language !== 'en') return [...paragraphs]
  const at = paragraphs.slice(0, 8).findIndex((p) => SALUTATION_EN.test(p.text.text.trim()))
  if (at < 0 || at === paragraphs.length - 1) return [...paragraphs]
  let end = at + 1
  // further readers in parentheses on lines of their own: "(Dear Mr. Chairman:)"
  while (end < Math.min(paragraphs.length - 1, at + 4) && SALUTATION_EN.test((paragraphs[end] as RepairedParagraph).text.text.trim())) end++
  const start = paragraphs.slice(0, at).every(isAddressLine) ? 0 : at
  notes.push({
    kind: 'repair',
    message: `left out the ${start < at ? 'address and ' : ''}salutation ${quoteLines(paragraphs.slice(start, end))}`,
  })
  return [...paragraphs.slice(0, start), ...paragraphs.slice(end)]
}

/** Lines left out, quoted for a repair note: joined with " / ", cut to 80 characters. */
function quoteLines(lines: readonly RepairedParagraph[]): string {
  const said = lines.map((p) => p.text.text.trim()).join(' / ')
  return `"${said.length > 80 ? `${said.slice(0, 79)}…` : said}"`
}

/**
 * A presidential memorandum's address block, at the head of its body: its
 * designation ("Presidential Determination" / "No. 2022-05", "NATIONAL
 * SECURITY MEMORANDUM/NSM-8"), "MEMORANDUM FOR THE SECRETARY OF STATE", the
 * further addressees in capitals ("THE SECRETARY OF DEFENSE"), and its
 * "FROM:" and "SUBJECT:" fields, each over as many short lines as it wraps to:
 * whom it is written to and about what, not what it says.
 */
function withoutMemorandumAddress(
  paragraphs: readonly RepairedParagraph[],
  language: 'zh' | 'en',
  notes: ImportNote[],
): { paragraphs: RepairedParagraph[]; found: boolean } {
  const text = (k: number) => (paragraphs[k] as RepairedParagraph).text.text.trim()
  // (in capitals but for a slip: "The DIRECTOR OF THE CENTRAL INTELLIGENCE AGENCY"; a copy may run the addressees into one
  // line, in capitals however long, where a line of the block is 200 characters at most)
  const shouted = (k: number) => (text(k).match(/\p{Ll}/gu)?.length ?? 0) <= (text(k).match(/\p{Lu}/gu)?.length ?? 0) / 8
  const capitals = (k: number) => text(k).length <= 200 && shouted(k)
  const addressed = language === 'en' ? paragraphs.slice(0, 3).findIndex((p) => /^MEMORANDUM FOR\b/.test(p.text.text.trim())) : -1
  // (or, printed without "MEMORANDUM FOR", its addressees in capitals, two or more, from one of its first lines down to
  // its "SUBJECT:": "NATIONAL SECURITY MEMORANDUM/NSM-16" / "THE SECRETARY OF STATE" / … / "SUBJECT: Strengthening …")
  const subject = language === 'en' && addressed < 0 ? paragraphs.slice(0, 60).findIndex((p) => /^SUBJECT:/.test(p.text.text.trim())) : -1
  const listed =
    subject > 0 ? [0, 1, 2].find((k) => k + 2 <= subject && paragraphs.slice(k, subject).every((_, j) => shouted(k + j))) : undefined
  // (or a memo's header of fields at the body's top, "TO:" and "FROM:" among them: "TO: Corporate Executives and Business
  // Leaders" / "FROM: Anne Neuberger, …" / "SUBJECT: Protecting Against …" / "DATE: December 16, 2021")
  const header = paragraphs.slice(0, 6).map((p) => /^([A-Z]{2,7}):\s/u.exec(p.text.text.trim())?.[1])
  const memo = language === 'en' && header[0] !== undefined && header.includes('TO') && header.includes('FROM') ? 0 : -1
  const at = addressed >= 0 ? addressed : (listed ?? memo)
  if (at < 0) return { paragraphs: [...paragraphs], found: false }
  const start = paragraphs.slice(0, at).every(isAddressLine) ? 0 : at
  const field = (k: number) => /^(?:SUBJECT|FROM|TO|RE|DATE|CC):/.test(text(k))
  // a field's further lines: short, no sentence, and the body (a paragraph of prose, or its first section) after them
  const fieldLine = (k: number) => isAddressLine(paragraphs[k] as RepairedParagraph)
  let end = at + 1
  while (end < paragraphs.length - 1) {
    if (capitals(end) || field(end) || (at === listed && end < subject)) end++
    else if (field(end - 1) || fieldLine(end - 1)) {
      let last = end
      while (last < paragraphs.length - 1 && last < end + 3 && fieldLine(last) && !field(last)) last++
      if (last === end || (fieldLine(last) && !field(last))) break
      end = last
    } else break
  }
  notes.push({ kind: 'repair', message: `left out the memorandum's address block ${quoteLines(paragraphs.slice(start, end))}` })
  return { paragraphs: [...paragraphs.slice(0, start), ...paragraphs.slice(end)], found: true }
}

/**
 * A line as a signature is: short, no sentence, no item of a list or a table; a name's full stop after an initial or
 * Jr./Sr. ends no sentence.
 */
function isSignatureLine(p: RepairedParagraph, language: 'zh' | 'en'): boolean {
  const text = p.text.text.trim()
  const name = language === 'en' && /^(?:\p{Lu}[\p{L}’'-]*\.?,?\s+){1,5}(?:\p{Lu}|Jr|JR|Sr|SR)\.$/u.test(text) ? text.slice(0, -1) : text
  // (not speech broken off with a dash: "So, thank you for listening, and I’m prepared to —")
  // (nor an item of a list or a table: a numbered line, a line with an amount, "8. Ted Mitchell, President, …",
  // "Afghanistan 3,300,000")
  // (a signatory's "（签字）", "(Signed)" under the name is the block's)
  if (SIGNED_MARK.test(text)) return true
  // (nor a transcript's last turn, however short: "PRESIDENT BIDEN:  Thank you" over the time stamp that closes it, or
  // with that stamp run onto it: "Thank you. 5:32 P.M. EDT")
  // (nor a line with a sentence ended inside it, whose last words the page cut off: "And with that, this call is
  // concluded.  Thank you very much for join"; a title's stop ends none, "Mrs. Jill Biden", "Hon. Mark Brown")
  return (
    !p.listItem &&
    !(language === 'en' && (isPersonTurn(text) || endsOnTimeStamp(text) || /\p{Ll}{3}[.!?]["”’]?\s+\p{Lu}/u.test(text))) &&
    name.length <= (language === 'en' ? 80 : 30) &&
    !/[.。!！?？;；:：”"’)）—–]$/.test(name) &&
    !/^\d{1,3}[.)]\s|[$€£]\s?\d|\d,\d{3}/u.test(text)
  )
}

/**
 * The body without the signatures that close it ("Joseph R. Biden, Jr.
 * Emmanuel Macron", "Sincerely, / JOSEPH R. BIDEN JR."): short lines at the
 * very end that are no sentence and no list item; a name's full stop after an
 * initial or Jr./Sr. ends no sentence. Nothing follows them, so they cannot be
 * headings.
 */
function withoutSignatures(paragraphs: readonly RepairedParagraph[], language: 'zh' | 'en', notes: ImportNote[]): RepairedParagraph[] {
  let end = paragraphs.length
  while (
    end > 1 &&
    (isSignatureLine(paragraphs[end - 1] as RepairedParagraph, language) || isMediaContact(paragraphs[end - 1] as RepairedParagraph))
  )
    end--
  if (end === paragraphs.length) return [...paragraphs]
  // (and more lines than a page of signatures holds are a list's or a table's, the text's own)
  if (paragraphs.slice(end).filter((p) => !SIGNED_MARK.test(p.text.text.trim())).length > MAX_SIGNATURE_LINES) return [...paragraphs]
  // (signatures close a text that ends a sentence: short lines under a lead-in's colon, or after a longer item of their
  // list, are its list, "Members of the Presidential Delegation:" / "The Honorable Rahm Emanuel, United States Ambassador
  // to Japan" / …, to the text's end)
  // (but a transcript's end mark, "END 2:26 P.M. PDT", and a name in capitals, "JOSEPH R. BIDEN JR.", sign off whatever
  // precedes them)
  const first = (paragraphs[end] as RepairedParagraph).text.text.trim()
  if (
    !/^END\b/u.test(first) &&
    !(/\p{Lu}{2}/u.test(first) && !/\p{Ll}/u.test(first)) &&
    /(?:[:：]|[\p{L}\d)\]])["”’)]*$/u.test((paragraphs[end - 1] as RepairedParagraph).text.text.trim())
  )
    return [...paragraphs]
  notes.push({
    kind: 'repair',
    message: `left out the closing lines (signatures, or a line for the press) ${quoteLines(paragraphs.slice(end))}`,
  })
  return paragraphs.slice(0, end)
}

/** A mark under a signatory's name that the original is signed: "（签字）", "(Signed)", "[signed]". */
const SIGNED_MARK = /^[（(\[](?:签字|签名|签署|signed|sgd\.?)[)）\]]$/iu

/** The most signatories' lines under a signing page's date line: a declaration of every state of a region or a summit. */
const MAX_SIGNATORIES = 60

/** The most lines a block of signatures takes: four signatories, each with a title line (not counting their SIGNED_MARK). */
const MAX_SIGNATURE_LINES = 8

/**
 * A line for the press at a release's end, no part of what it says: "FOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE
 * FEMA NEWS DESK AT (202) 646-3272 …", "Media contact: …", "Press inquiries: …".
 */
function isMediaContact(p: RepairedParagraph): boolean {
  const text = p.text.text.trim()
  return (
    text.length <= 300 &&
    (/^(?:for (?:further|more) information,?\s+)?(?:the\s+)?(?:news\s+)?(?:media|press|reporters)\s+(?:should|may|can)\s+contact\b/iu.test(
      text,
    ) ||
      /^(?:media|press)\s+(?:contacts?|inquiries|enquiries)\s*:/iu.test(text))
  )
}

/** A date line or sign-off among the last paragraphs ("2019年7月23日于北京", "Done at Jeddah, July 15, 2022"). */
function readSignOff(paragraphs: readonly RepairedParagraph[], language: 'zh' | 'en'): { index: number; line: DatePlace } | null {
  const dateLine = (p: RepairedParagraph) => (language === 'en' ? readDateLineEn(p.text.text) : readDateLineZh(p.text.text))
  // a signing page: the date line over the signatories, each on a line of their own, however many they are
  // ("September 29, 2022" / "Prime Minister Mark Brown of Cook Islands" / … / "Ambassador Odo Tevi of the Republic of Vanuatu")
  let top = paragraphs.length
  while (
    top > 1 &&
    paragraphs.length - top < MAX_SIGNATORIES &&
    isSignatureLine(paragraphs[top - 1] as RepairedParagraph, language) &&
    !dateLine(paragraphs[top - 1] as RepairedParagraph)
  )
    top--
  const signing = top < paragraphs.length && top > 1 ? dateLine(paragraphs[top - 1] as RepairedParagraph) : null
  if (signing) return { index: top - 1, line: signing }
  for (let k = paragraphs.length - 1; k >= Math.max(1, paragraphs.length - 3); k--) {
    const text = (paragraphs[k] as RepairedParagraph).text.text
    // (what a sign-off has under it is signatures and titles, never a sentence of the text: a date on a line of its own with
    // sentences after it is no sign-off, and they are not cut with it)
    const line = dateLine(paragraphs[k] as RepairedParagraph)
    if (line) return { index: k, line }
    if (language === 'en' && SAID_AFTER.test(text)) return null
  }
  return null
}

/** An English sentence of six words or more: "They agreed on steps and will meet again." */
const SAID_AFTER = /^(?=(?:\S+\s+){5})[^\n]*\p{Ll}[^\n]*[.!?]["”’)]*$/u

/** The day a title names in full: "2022年8月9日外交部发言人…", "… Regular Press Conference on August 9, 2022". */
function titleDate(title: string): string | null {
  const zh = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(title)
  if (zh) return validDate(Number(zh[1]), Number(zh[2]), Number(zh[3]))
  const en = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b/u.exec(
    title,
  )
  return en ? validDate(Number(en[3]), monthNumber(en[1] as string) ?? 0, Number(en[2])) : null
}

/** A day as ISO, or null if there is no such day. */
function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoDate(year, month, day) : null
}

interface DateEvidence {
  dateline: Dateline | null
  header: Header
  signOff: DatePlace | null
  /** the sign-off's date line is under a signature or "THE WHITE HOUSE," in capitals */
  underSignature: boolean
  body: string
  language: 'zh' | 'en'
  meta: Record<string, string>
  fileDate: string | null
  opening: string
  /** the title, which may carry the day ("2022年8月9日外交部发言人汪文斌主持例行记者会") */
  title: string
  notes: ImportNote[]
}

/**
 * The statement's date, from the most to the least trusted evidence: its
 * date line or sign-off (or a press release's dateline of the day, "November
 * 29, 2021 —", read as its date line); a dateline's day in the year the text
 * gives; the front matter's date; the file name's date, the day its title
 * names, and the visit's last day, each said as a doubt. Null when there is
 * none.
 */
/** Days from a printed date to a dateline's month and day, read in the printed year (or the next, across New Year). */
function daysBetween(printed: { year: number; month: number; day: number }, dateline: { month: number; day: number }): number {
  const from = Date.UTC(printed.year, printed.month - 1, printed.day)
  const year = dateline.month < printed.month ? printed.year + 1 : printed.year
  return Math.round((Date.UTC(year, dateline.month - 1, dateline.day) - from) / 86_400_000)
}

/** Whether an ISO date is one to three days before a printed date: a text signed before the day it was published. */
function signedBefore(signed: string, printed: { year: number; month: number; day: number }): boolean {
  const days = (Date.UTC(printed.year, printed.month - 1, printed.day) - Date.parse(`${signed}T00:00:00Z`)) / 86_400_000
  return days >= 1 && days <= 3
}

function findDate(e: DateEvidence): string | null {
  const printed = e.header.printedDate
  if (e.dateline) {
    if (printed && printed.month === e.dateline.month && printed.day === e.dateline.day)
      return isoDate(printed.year, e.dateline.month, e.dateline.day)
    // a text given a day or three before the wire carried it (a speech of 2007年1月14日 under "中新网宿务1月15日电") is of its own date
    if (printed && daysBetween(printed, e.dateline) >= 0 && daysBetween(printed, e.dateline) <= 3)
      return isoDate(printed.year, printed.month, printed.day)
    if (e.signOff) return e.signOff.date
    const year = e.language === 'en' ? findYearInTextEn(e.body, e.dateline) : findYearInText(e.body, e.dateline)
    const metaYear = /^(\d{4})-/.exec(e.meta.date ?? '')?.[1]
    if (year) return isoDate(year, e.dateline.month, e.dateline.day)
    if (metaYear) return isoDate(Number(metaYear), e.dateline.month, e.dateline.day)
    return null
  }
  // (a sign-off's date a day or three before the date line over it is the text's own, the date line the day a page printed
  // it: a letter signed "THE WHITE HOUSE, / March 2, 2021." under a page's "March 3, 2021")
  if (printed && e.signOff && e.underSignature && signedBefore(e.signOff.date, printed)) return e.signOff.date
  if (printed) return isoDate(printed.year, printed.month, printed.day)
  if (e.signOff) return e.signOff.date
  const meta = /^(\d{4}-\d{2}-\d{2})/.exec(e.meta.date ?? '')?.[1]
  if (meta) return meta
  if (e.fileDate) {
    e.notes.push({
      kind: 'doubt',
      about: 'date',
      message: `no date line in the text; the date ${e.fileDate} is taken from the file name: check it`,
    })
    return e.fileDate
  }
  const titled = titleDate(e.title)
  if (titled) {
    e.notes.push({
      kind: 'doubt',
      about: 'date',
      message: `no date line in the text; the date ${titled} is the one its title gives: check it`,
    })
    return titled
  }
  const visit = visitDate(e.opening, e.language)
  if (visit) {
    e.notes.push({
      kind: 'doubt',
      about: 'date',
      message: `no date line in the text; the date is the last day of the visit or meeting the opening paragraph reports (${visit}): check it`,
    })
    return visit
  }
  e.notes.push({ kind: 'doubt', about: 'date', message: 'no date found in the text; the date is left unknown' })
  return null
}

/**
 * A release whose text never states its year takes the year of a release with
 * the same dateline in the same file (a statement and the speech or second
 * statement of the same day), and says so; otherwise its date stays unknown.
 */
function fillYearsFromSiblings(statements: ParsedStatement[]): void {
  for (const statement of statements) {
    if (statement.date || !statement.dateline) continue
    const { place, month, day } = statement.dateline
    const sibling = statements.find(
      (other) => other.date && other.dateline?.place === place && other.dateline.month === month && other.dateline.day === day,
    )
    if (sibling?.date) {
      statement.date = sibling.date
      statement.notes.push({
        kind: 'doubt',
        about: 'date',
        message: `year not stated in the text; taken from "${sibling.title}", which has the same dateline`,
      })
    } else {
      statement.notes.push({ kind: 'doubt', about: 'date', message: 'year not found in text; the date is left unknown' })
    }
  }
}

/** Chinese unless Latin letters outnumber ideographs two to one. */
export function detectLanguage(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return latin > han * 2 ? 'en' : 'zh'
}

/**
 * The fewest words (English) or ideographs (Chinese) a statement's body has:
 * a bar against data, far below any statement (the shortest of the bundled
 * collections has 94 words, the shortest Chinese one 1,506 ideographs).
 */
const MIN_WORDS = { en: 3, zh: 4 } as const

/** A word as printed: a letter, then letters or digits, perhaps joined by an apostrophe, hyphen, slash, dash or abbreviation dots (COVID-19, G20, and/or), with the punctuation around it. */
const WORD = /^[(\[“"‘']*\p{L}[\p{L}\p{M}\p{N}'’./—–-]{0,29}[)\]”"’',.;:!?]*$/u

/**
 * Whether a body reads as text, not as data: in English at least three
 * words, and more words than other tokens (a base64 blob, a column of numbers
 * or codes is none); in Chinese at least four ideographs.
 * @example isProse('aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ=', 'en') // false
 */
export function isProse(body: string, language: 'zh' | 'en'): boolean {
  if (language === 'zh') return (body.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIN_WORDS.zh
  const tokens = body.split(/\s+/u).filter(Boolean)
  const words = tokens.filter((token) => WORD.test(token)).length
  return words >= MIN_WORDS.en && words * 2 > tokens.length
}

/** NUL bytes or many control characters or replacement characters: not a text file. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.includes('\u0000')) return true
  const suspicious = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  return suspicious > sample.length * 0.01
}

/**
 * How many of a text's first clauses are read for who takes part or speaks where its opening does not say: a readout's
 * sentence of participants (its fourth or fifth), a press call's attribution to its officials (after the moderator's welcome).
 */
const HEAD_CLAUSES = 12
