/**
 * Reading the header of a release: the title (wrapped over several centred
 * lines), a subtitle ("——在…上的讲话"), a date line ("（2019年6月5日，莫斯科）")
 * and a speaker line ("中华人民共和国主席 习近平"). The body starts at the first
 * full-width paragraph, at a salutation, or after a title that ends a document
 * name (…联合声明).
 */
import { PARAGRAPH_OPENING } from './repair-extraction'
import { readDateLineZh } from './sign-off'
import type { RepairedParagraph } from './types'
import type { StatementKind } from '@/lib/vocab/statement-kinds'

/** A date line in the forms DATE_LINE does not cover (二〇一九年七月二十三日于北京), as DATE_LINE's groups. */
function zhDateLine(text: string): string[] | null {
  const line = readDateLineZh(text)
  if (!line) return null
  const [year, month, day] = line.date.split('-')
  return [text, year as string, month as string, day as string, line.place ?? '']
}

export interface Header {
  title: string
  subtitle: string | null
  /** the date line's date, if the header has one */
  printedDate: { year: number; month: number; day: number } | null
  /** the date line's place, if any */
  printedPlace: string | null
  speaker: string | null
  /** the office before the speaker's name (中华人民共和国主席) */
  speakerRole: string | null
  /** index of the first body paragraph */
  bodyStart: number
}

const DOCUMENT_NAME = /(联合声明|联合宣言|宣言|公报|纪要|声明|条约|协定|倡议)$/
const DATE_LINE = /^[（(]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:[，,、·\s]\s*(.+?))?\s*[）)]$/
// (the name may be spaced to the width of three, as official pages print a two-character name: "国务委员兼外长 王 毅")
const SPEAKER_LINE =
  /^(.{0,24}?(?:主席|总理|总统|国家主席|副主席|委员长|国王|首相|部长|外长|秘书长|大使|特使|总书记))\s*([\p{Script=Han}·](?:[ \u3000]?[\p{Script=Han}·]){1,11})$/u
/**
 * Whether a line names a speaker by office and name, set apart by a space as a speech's header prints it ("中共中央政治局委员、
 * 国务委员兼外长 王 毅", "国务院总理 李强"): no title, where a news headline runs them together ("习近平会见美国总统拜登").
 */
export const isSpeakerLineZh = (text: string) => SPEAKER_LINE.test(text.trim()) && /[ \u3000]/u.test(text.trim())
/** The speaker's name of a speaker line, its padding spaces left out ("王 毅" → 王毅). */
const speakerName = (match: RegExpExecArray) => (match[2] as string).replace(/[ \u3000]/gu, '')
/** A salutation: "尊敬的…", "女士们、先生们：", and one naming the hosts first, "布什总统和夫人，…，女士们，先生们：". */
const SALUTATION = /^(尊敬的|女士们|各位|亲爱的|同志们|朋友们)|(?:女士们|先生们|朋友们|同志们)[：:，,!！]?$/

/** An editor's lead that introduces the text below it. */
const LEAD = /(?:全文|内容|如下)[：:]$/u
/** Who a lead says gave the speech: "中国国务院总理温家宝14日在…" */
const LEAD_SPEAKER =
  /([\p{Script=Han}]{0,12}?(?:国家主席|主席|总理|总统|副主席|委员长|国王|首相|外交部长|部长|外长|秘书长))([\p{Script=Han}·]{2,4}?)(?:\d{1,2}日|今天|日前|在|于)/u
/** A lead that says the full text follows it. */
const FULL_TEXT_FOLLOWS = /全文如下[：:]$/u
/** The last line of an editor's lead above the text: "…全文如下：", "以下为致辞全文：", "讲话全文：", "发言内容如下：". */
export const LEAD_END = /(?:全文如下|内容如下|以下[为是].{0,12}全文|全文)[：:]$/u
/**
 * A line that names a document as its title does: "…联合声明", "在…上的讲话", "…的致辞（全文）", "…联合声明全文", and with a
 * site's year after it, "…联合声明 (1997年)".
 */
export const TITLE_LIKE =
  /(?:联合声明|联合宣言|宣言|公报|纪要|声明|条约|协定|倡议|的讲话|的致辞|的演讲|的发言|的贺信|的贺电|上发言)(?:[（(]?全文[)）]?)?(?:\s*[（(]\d{4}年[^（）()]{0,6}[)）])?$/u
/**
 * What a web page prints around a text, not part of it: a time stamp of posting ("2025-05-13 21:46", "21.11.2014 12:37"),
 * a line that opens with the page's address ("http://www.sina.com.cn 2004年01月28日10:42 河北日报"), a trail of links
 * ("新浪首页 > 新闻中心 > 国际新闻 > 正文", "新浪首页 | 免费邮件 | 用户注册"), a menu of short links ("首页 新闻 体育 娱乐 …").
 */
function isPageChrome(text: string): boolean {
  // (a wiki's menus and skip links: "外观", "跳至导览 跳至搜寻", "跳转到内容", "维基文库，自由的图书馆")
  if (WIKI_CHROME.test(text)) return true
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s+\d{1,2}:\d{2}(?::\d{2})?$/u.test(text)) return true
  if (/^(?:https?:\/\/|www\.)\S+/iu.test(text) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/iu.test(text)) return true
  // (a trail of links: "新浪首页 > 新闻中心 > 国际新闻 > 正文", "首页 > 中国要闻", "新浪首页 | 免费邮件 | 用户注册"; not one bar
  // after a title printed again with its date, "…联合声明 2023年7月10日于北京市 |")
  const separators = (text.match(/[>›»]/gu) ?? []).length + (text.match(/[|｜]/gu) ?? []).length / 2
  if (separators >= 1 && text.length <= 60 && !/[。！？]/u.test(text) && !TITLE_LIKE.test(text.replace(/\s+/gu, ''))) return true
  // (a menu of six links or more, each a word or two: "首页 新闻 体育 娱乐 游戏 邮箱 …"; not a title spaced out letter by
  // letter, "中 美 联 合 公 报", nor one of phrases, "携手合作 共创未来 开启新篇 共享繁荣")
  const words = text.split(/\s+/u).filter(Boolean)
  return (
    words.length >= 6 &&
    words.every((word) => [...word].length <= 5) &&
    words.some((word) => [...word].length > 1) &&
    !/[。！？，]/u.test(text) &&
    !TITLE_LIKE.test(text.replace(/\s+/gu, ''))
  )
}
/** A page's counter of views and its font-size link: "626次", "? 人气", "字体". */
const PAGE_COUNTER = /^(?:\d+|\?)\s*(?:次|人气)$|^字体(?:[：:].*)?$/u

/**
 * News wording in a lead: a wire's dateline ("新华网纽约9月7日电", "中评社北京9月4日电"), a reporter's byline, or a day
 * without its month before what someone did on it ("习近平22日在…", "4日主持…"); not a statement's own dates ("于2023年5月
 * 17日至19日", "17日和19日") nor words with 电 in them (电力, 电子商务).
 */
const NEWS_MARKER =
  /\d{1,2}月\d{1,2}日电|[（(]记者|^记者|(?<![月\d至到和及与、—–-])\d{1,2}日(?:在|上午|下午|晚|主持|出席|会见|会晤|发表|举行|抵达|致辞|讲话)/u
/** The document a lead names in its title marks: "…一致通过了《中非合作论坛北京峰会宣言》". */
const NAMED_DOCUMENT = /《([^《》]{4,80})》/gu
/** A wiki's own lines around a text: its appearance menu, skip links and tagline (Wikisource's; read in Simplified). */
const WIKI_CHROME =
  /^(?:外观|(?:跳至|跳转到|跳到)(?:导览|导航|搜寻|搜索|内容|正文)(?:\s+(?:跳至|跳转到|跳到)(?:导览|导航|搜寻|搜索|内容|正文))*|维基文库[，,]\s*自由的图书馆)$/u
/**
 * A line a site prints about where a text comes from or who wrote or edited it, or when it was posted ("更新时间:2022-12-25
 * 13:40:41作者:…"), or a link of its page (日文版, 打印, 【字体：大 中 小】, "其他语言版本:"), or a bare year (a wiki's link to
 * the year's texts).
 */
const SITE_LINE =
  /^(?:原文(?:出自|载于|见)|(?:刊载|刊|载)于|(?:文章|稿件)?来源[：:]|稿源[：:]|责任编辑|编辑[：:]|撰文[：:]|作者[：:]|出版[：:]|(?:发布|更新|发表)?(?:时间|日期)?[：:]?\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}|(?:发布|更新|发表)(?:时间|日期)[：:]|其他语言版本[：:]?$|更新[：:])|^(?:\p{Script=Han}{1,2}文版|打印|关闭窗口|【字体[：:].*】|分享到.*|\d{4}年)$/u
/** A date as a page prints it on a line of its own: 2013/06/21, 2013-06-21, 2013.06.21. */
const NUMERIC_DATE = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})()$/u
/** A page's headline, which says the full text follows. */
const HEADLINE = /[（(]全文[)）]$/u

/** A date line's match (year, month, day, place) as the header's date and place. */
function setPrintedDate(header: Header, date: readonly (string | undefined)[]): void {
  header.printedDate = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) }
  header.printedPlace = date[4]?.trim() || null
}

/**
 * Whether paragraph i is a text's own title under a page's headline and lead: a short line that ends no sentence or
 * clause, over the text's date line, subtitle, speaker or salutation ("凝聚共识 再创辉煌" / "尊敬的李显龙总理阁下，"); a
 * numbered line ("（一）关于…的发言") is the body's.
 */
function isOwnTitle(paragraphs: readonly RepairedParagraph[], i: number): boolean {
  const paragraph = paragraphs[i] as RepairedParagraph
  const text = paragraph.text.text.trim()
  const next = paragraphs[i + 1]?.text.text.trim() ?? ''
  return (
    paragraph.short &&
    !/[。！？；，,;、]/u.test(text) &&
    !SALUTATION.test(text) &&
    !PARAGRAPH_OPENING.test(text) &&
    !SPEAKER_LINE.test(text) &&
    (DATE_LINE.test(next) || next.startsWith('——') || SALUTATION.test(next) || SPEAKER_LINE.test(next))
  )
}

/** Splits the paragraphs of a release into its header fields and the index where the body starts. */
export function readHeader(paragraphs: readonly RepairedParagraph[]): Header {
  const titleParts: string[] = []
  const header: Header = {
    title: '',
    subtitle: null,
    printedDate: null,
    printedPlace: null,
    speaker: null,
    speakerRole: null,
    bodyStart: 0,
  }
  let titleClosed = false
  let lead: string | null = null
  // the title is a page's headline above the lead, which the text's own title under the lead replaces
  let fromHeadline = false
  let i = 0
  // a web page's menus and links above the text's title: the title, named as a document, is where the text begins (with
  // the line or two of a title wrapped above it), when no prose comes before it
  const firstProse = paragraphs.findIndex((p) => /[。！？]/u.test(p.text.text))
  const anchor = paragraphs.slice(0, Math.min(30, firstProse < 0 ? paragraphs.length : firstProse)).findIndex((p) => {
    const text = p.text.text.trim()
    // (not a subtitle: "——在第十次东盟与中日韩领导人会议上的讲话" under its title)
    return text.length <= 100 && TITLE_LIKE.test(text) && !text.startsWith('——') && !isPageChrome(text)
  })
  if (anchor > 0) {
    i = anchor
    // (a main title of phrases spaced apart, "积极树立亚洲安全观 共创安全合作新局面", is one too)
    const titleAbove = (text: string) => /^[\p{Script=Han}、《》“” ]{6,}$/u.test(text) && !isPageChrome(text)
    while (i > 0 && titleAbove((paragraphs[i - 1] as RepairedParagraph).text.text.trim())) i--
    // (an editor's lead among what it passes over still names the speaker)
    lead =
      paragraphs
        .slice(0, i)
        .findLast((p) => LEAD.test(p.text.text.trim()))
        ?.text.text.trim() ?? null
  }
  // a page's headline and an editor's lead above the text, down to its "…全文如下：" ("第一篇：国家主席习近平22日在…上致辞" /
  // "国家主席习近平22日在…上致辞。" / "致辞全文如下："), when none of their lines is the text's own title or date line
  // (a lead is news: a preamble of the statement's own that a page prints above "以下是联合声明全文：" stays)
  const leadEnd = paragraphs.slice(0, 8).findIndex((p, k) => k + 1 < paragraphs.length && LEAD_END.test(p.text.text.trim()))
  // (the page's headline may be the first line, and is then the title: "江泽民在联合国千年首脑会议分组讨论会上发言（全文）")
  const headline = paragraphs[0] && TITLE_LIKE.test(paragraphs[0].text.text.trim()) && leadEnd >= 1 ? 1 : 0
  if (
    anchor <= 0 &&
    leadEnd >= 1 &&
    paragraphs.slice(0, leadEnd + 1).some((p) => NEWS_MARKER.test(p.text.text)) &&
    paragraphs.slice(headline, leadEnd).every((p) => {
      const text = p.text.text.trim()
      return !TITLE_LIKE.test(text) && !DATE_LINE.test(text) && !NUMERIC_DATE.test(text) && !SALUTATION.test(text)
    })
  ) {
    lead = paragraphs
      .slice(headline, leadEnd + 1)
      .map((p) => p.text.text.trim())
      .join('\n')
    if (headline) titleParts.push((paragraphs[0] as RepairedParagraph).text.text.trim())
    fromHeadline = headline === 1
    i = leadEnd + 1
  }
  for (; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i] as RepairedParagraph
    const text = paragraph.text.text.trim()
    // a long title on one line (text pasted from a web page) is still a title when it names the document
    const nextText = paragraphs[i + 1]?.text.text.trim() ?? ''
    const longTitle =
      !paragraph.short &&
      titleParts.length === 0 &&
      !titleClosed &&
      text.length <= 80 &&
      !/[。；！？]/.test(text) &&
      (DOCUMENT_NAME.test(text) || (nextText.length <= 40 && DOCUMENT_NAME.test(nextText)))
    // an editor's lead above the text ("…发表题为《…》的讲话，全文如下：") is not the statement's
    if (titleParts.length === 0 && !header.printedDate && i < 2 && LEAD.test(text)) {
      lead = text
      continue
    }
    // nor is what a site prints around it: a menu's link ("| English"), where the text comes from ("原文出自外交部网站")
    // (or a photo's file name and caption: "455x310.2014.06.01.053119-CHN07_…", "…纪念的首日封给纳吉。（图：马新社）")
    if (
      (titleParts.length === 0 && text.length <= 20 && !/\p{Script=Han}/u.test(text)) ||
      (paragraph.short && !/\p{Script=Han}/u.test(text) && /\p{L}/u.test(text) && !/\s/u.test(text)) ||
      /[（(]图[：:/／]?[^（）()]{0,20}[)）]$/u.test(text) ||
      PAGE_COUNTER.test(text) ||
      SITE_LINE.test(text) ||
      isPageChrome(text)
    )
      continue
    // the title printed again, perhaps with the date and place after it ("…联合声明 2023年7月10日于北京市 |", "中 韩 联 合 公 报")
    // (compared without a note in parentheses at its end: “中韩联合公报（2006年1号）”)
    const title = joinTitle(titleParts)
      .replace(/\s+/gu, '')
      .replace(/[（(][^（）()]{1,20}[)）]$/u, '')
    const unspaced = text.replace(/\s+/gu, '')
    if (title && unspaced.startsWith(title)) {
      const rest = unspaced.slice(title.length).replace(/[|｜]/gu, '').trim()
      const restDate = rest ? zhDateLine(rest) : null
      if (restDate && !header.printedDate) setPrintedDate(header, restDate)
      if (!rest || restDate) {
        titleClosed = true
        continue
      }
    }
    if ((!paragraph.short && !longTitle) || SALUTATION.test(text)) break
    const date = DATE_LINE.exec(text) ?? NUMERIC_DATE.exec(text) ?? zhDateLine(text)
    const speaker = SPEAKER_LINE.exec(text)
    if (text.startsWith('——') && titleParts.length > 0 && !header.subtitle) {
      header.subtitle = text.replace(/^——\s*/, '')
      titleClosed = true
    } else if (date && !header.printedDate) {
      setPrintedDate(header, date)
      titleClosed = true
    } else if (speaker && (titleParts.length > 0 || header.printedDate) && !header.speaker) {
      header.speakerRole = (speaker[1] as string).trim()
      header.speaker = speakerName(speaker)
      titleClosed = true
    } else if (
      !titleClosed &&
      !/[。；]$/.test(text) &&
      (!fromHeadline || (TITLE_LIKE.test(text) && !PARAGRAPH_OPENING.test(text)) || isOwnTitle(paragraphs, i))
    ) {
      // a page's headline (…的讲话（全文）, or one above the lead) gives way to the statement's own title
      if (titleParts.length === 1 && (HEADLINE.test(titleParts[0] as string) || fromHeadline)) titleParts.pop()
      fromHeadline = false
      titleParts.push(text)
      // (a document's name with its subtitle after a dash is a whole title: "马中联合公报——深化互信‧加强合作")
      if (DOCUMENT_NAME.test(text) || /(?:联合声明|联合宣言|宣言|公报)——/u.test(text)) titleClosed = true
    } else {
      break
    }
  }
  // an editor's lead under the header (“…双方发表联合声明，全文如下：”), and under it the title printed again and the
  // text's own date line ("中华人民共和国和新西兰…联合声明" / "（2014年11月20日，惠灵顿）")
  if (i + 1 < paragraphs.length && FULL_TEXT_FOLLOWS.test((paragraphs[i] as RepairedParagraph).text.text.trim())) {
    lead = (paragraphs[i++] as RepairedParagraph).text.text.trim()
    const title = joinTitle(titleParts).replace(/\s+/gu, '')
    let ownTitle = false
    for (; i + 1 < paragraphs.length; i++) {
      const text = (paragraphs[i] as RepairedParagraph).text.text.trim()
      const date = DATE_LINE.exec(text)
      if (title && text.replace(/\s+/gu, '') === title) continue
      // (or the text's own title, over its date line, subtitle, speaker or salutation, where the header was a page's
      // headline: "溫家寶在第11次東盟與中日韓領導人會議上的講話" … "凝聚共識 再創輝煌" / "尊敬的李顯龍總理閣下，")
      const speaker = SPEAKER_LINE.exec(text)
      if (!ownTitle && !date && !speaker && isOwnTitle(paragraphs, i)) {
        ownTitle = true
        titleParts.splice(0, titleParts.length, text)
        continue
      }
      if (speaker && !header.speaker) {
        header.speakerRole = (speaker[1] as string).trim()
        header.speaker = speakerName(speaker)
      } else if (date && !header.printedDate) setPrintedDate(header, date)
      else break
    }
  }
  header.title = joinTitle(titleParts)
  header.bodyStart = i
  // a text with no title line of its own: the document its lead names (“…一致通过了《中非合作论坛北京峰会宣言》。全文如下：”)
  const named = lead && !header.title ? [...lead.matchAll(NAMED_DOCUMENT)].map((m) => m[1] as string).filter((t) => TITLE_LIKE.test(t)) : []
  if (named.length) header.title = named.at(-1) as string
  // a speech whose text names no speaker: the one its lead names (a lead that ends "以下为致辞全文：" is a speech's)
  const speech = /讲话|致辞|演讲|发言/.test(`${header.title}${header.subtitle ?? ''}${lead?.split('\n').at(-1) ?? ''}`)
  const fromLead = lead && speech && !header.speaker ? LEAD_SPEAKER.exec(lead) : null
  if (fromLead) {
    header.speakerRole = fromLead[1] as string
    header.speaker = fromLead[2] as string
  }
  return header
}

/**
 * Joins wrapped title lines: Chinese lines join directly, unless the title
 * separates its phrases with spaces ("凝心聚力 务实笃行" / "共创…"), in which
 * case a line break is one of those spaces; Latin lines join with a space.
 */
function joinTitle(parts: readonly string[]): string {
  const spaced = parts.some((part) => /\p{Script=Han} \p{Script=Han}/u.test(part))
  return parts.reduce((title, part) => {
    if (!title) return part
    const latin = /[A-Za-z]$/.test(title) && /^[A-Za-z]/.test(part)
    return latin || spaced ? `${title} ${part}` : title + part
  }, '')
}

/** The kind an English title names, if it names one. */
function englishKind(title: string): StatementKind | null {
  if (/\bcommuniqu[eé](?![\p{L}])/iu.test(title)) return 'communique'
  // (a declaration the title names as the document, not one it reports on: "… Approves Alaska Disaster Declaration",
  // "Statement … on the Washington Declaration")
  // (the words before its first "Declaration" or "Charter": "Kuala Lumpur Declaration on the Establishment of the ASEAN
  // Charter" is a declaration)
  // (in French or Spanish too: "Déclaration de Los Angeles sur les migrations et la protection")
  const named = /\b(?:d[eé]claration|declaraci[oó]n|charter)(?![\p{L}])/iu.exec(title)
  if (
    named &&
    !/\b(?:approves|amends|signs|extends|issues|on|regarding|welcoming|about|endorses|announces|launch(?:es)?)\b/i.test(
      title.slice(0, named.index),
    )
  )
    return 'joint-declaration'
  if (/\bjoint\b.{0,60}\b(statement|message|press release)\b|\bleaders[’']?\s+(?:joint\s+)?statement\b|\bsummit\s+statement\b/i.test(title))
    return 'joint-statement'
  return null
}

/** The kind of document, from the words that name it in the title and subtitle. */
export function classifyKind(header: Pick<Header, 'title' | 'subtitle' | 'speaker'>): StatementKind {
  const { title, subtitle } = header
  if (/[A-Za-z]/.test(title) && !/\p{Script=Han}/u.test(title)) {
    // (not the publisher's news that it has released some: "White House Releases Fact Sheets to Highlight …")
    if (/\bfact\s+sheets?\b/i.test(title) && !/\b(?:releases|publishes|issues)\b[^:]*\bfact\s+sheets?\b/i.test(title)) return 'fact-sheet'
    // a readout tells what one government says happened at a meeting: its statement, however many met
    if (/^readout\b/i.test(title)) return 'statement'
    // the document's own name comes first: "The Jeddah Communiqué: A Joint Statement Between …" is a communiqué
    const head = title.split(/:\s/)[0] as string
    // so "Remarks by President Biden and President Abbas … in Joint Press Statement" is remarks
    if (/^(?:Remarks|Address|Speech|Toast|Keynote)\b/i.test(head)) return 'speech'
    const kind = englishKind(head) ?? englishKind(title)
    if (kind) return kind
    // (an address, not "to Address the National Emergency …")
    if (/\b(speech|remarks|(?<!\bto )address|toast|keynote)\b/i.test(`${title} ${subtitle ?? ''}`) || header.speaker) return 'speech'
    return 'statement'
  }
  if (/联合声明/.test(title)) return 'joint-statement'
  if (/宣言/.test(title)) return 'joint-declaration'
  if (/公报/.test(title)) return 'communique'
  // (a speech is named by its subtitle, or by its title: "在…上的讲话", "江泽民在…分组讨论会上发言")
  if (
    /(讲话|致辞|演讲|发言|贺词|祝酒辞|主旨报告)$/.test(subtitle ?? '') ||
    /(?:的|上)(?:讲话|致辞|演讲|发言)$/.test(title) ||
    header.speaker
  )
    return 'speech'
  return 'statement'
}
