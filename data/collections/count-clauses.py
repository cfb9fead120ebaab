#!/usr/bin/env python3
"""Count the clauses of a White House statement (archive Markdown with YAML front matter).

The collectors' documented method for the manifests' `expected.clauses` (README.md
beside this script): the body's sentences plus list items, with headings, title, date
line and sign-off excluded. Written independently of Tongwen's code; every count was
also checked by reading (spot-checked sentence by sentence with -s).

Usage:
    python3 count-clauses.py FILE...     # prints "<count>\t<file>"
    python3 count-clauses.py -v FILE...  # also shows every unit, how it was judged, its count
    python3 count-clauses.py -s FILE...  # as -v, and lists each sentence found

Method
 1. Front matter (between the first two `---` lines) is removed; the rest is the body.
 2. HTML tables (signature blocks), HTML comments and `###` end marks are dropped; inline
    HTML tags (<u>, <sup>, <span>, <s>) are removed keeping their text; links keep their
    text; Markdown escapes (\\#, \\., \\$) are undone; NBSP counts as a space.
 3. Hard-wrapped lines are joined into units. A unit ends at a blank line (a line of only
    spaces / NBSP counts as blank) or where a new list item starts (`-`, `*`, `+`, `1.`,
    `1)`); an indented continuation line belongs to the unit above. A Markdown hard
    break (line ending in two spaces or a backslash) also ends a unit when the text before
    it is heading-like (see 4); otherwise the lines are joined. In a list item made of
    "**Label**<hard break>text", the label is a heading and the text is the item.
    A line of only "**" after a hard break opens a new unit ("...economies.  / ** /
    Trade and** **Labor** **Dialogue**"); an emphasized line of at most 8 words after a
    hard break (an attribution "*President Joseph R. Biden, Jr.*" under a quote) is a
    unit of its own; "a." / "b." at the start of a line also start list items.
 4. A unit that is not a list item is dropped (not counted) when it is
      - a heading: emphasis-only (wholly **bold** / *italic*) and not ending in . ? !;
        or emphasis-only with at most 8 words (signatures such as "**Boris Johnson,
        M.P.**"); or emphasis-only, a single sentence of at most 15 words (principle
        headings such as "**Build trust, integrity, and resilience.**"); or any unit of
        at most 15 words without final punctuation (. ? ! : ;) such as "Combating
        COVID-19", "President Joe Biden", "– President Biden, February 19, 2021".
        Exception: an emphasis-only lead-in of more than 8 words ending in a colon
        ("**Today, President Biden will outline the Roadmap, which will prioritize:**")
        introduces a list and counts as one sentence;
        An emphasis-only unit counts as a unit of words only if every word lies inside an
        emphasis run ("**1 WE,** the Member States ...;****" is a sentence, not a heading).
        Emphasis-only Title Case labels ending in a colon ("**Supporting Secure and
        Resilient Digital Connectivity in Third Countries:**") are headings, also as list
        items heading a sub-list ("-   **Digital Economy**:"); emphasis-only ordinal
        sentences ("**Second, we commit to bolstering Pacific regionalism.**") are
        sentences; ALL-CAPS units without final punctuation are headings;
      - a date line or place line ("September 29, 2021", "Pittsburgh, Pennsylvania");
      - a sign-off: "Signed at Jerusalem on ...", "ADOPTED in Phnom Penh ...", and
        everything after it (signatures);
      - an editorial note of the White House: "The following is the text of ...",
        "The following is a list of ...", "Begin Text:", "End Text", and an emphasized
        note "... issued the following statement ...".
 5. Inside a unit: numbering ("17\\. The G7 ...") and a "WASHINGTON – " dateline are
    stripped; a run-in heading (an emphasized lead ending in a period, followed by text:
    "**Values-Driven.** Infrastructure ...", "***Launching a Global Climate Ambition
    Initiative***. The U.S. ...", also "**Label. **Text") is dropped when it starts with
    an -ing word, has at most 5 words, or is a numbered label ("Pillar V: ..."); other
    emphasized leads ("**Suspend the tariffs related to this dispute for five years.**")
    remain sentences. In a list item, a plain run-in label of at most 4 words without a
    verb ("Submarines. AUKUS will ...", "Advanced capabilities. AUKUS ...") is dropped.
 6. Every remaining unit gives its number of sentences, at least 1: a sentence ends at
    . ? ! (optionally followed by closing quotes/brackets) that is followed by whitespace
    and then a capital letter, an opening quote/bracket, or the end of the unit (also at
    a period with the space missing between two words, "by force.Russia"); text after
    the last end (a list item without a full stop, a lead-in ending in a colon) counts as
    one more. A period does NOT end a sentence after an abbreviation: dotted
    abbreviations (U.S., U.N., U.K., D.C., e.g., i.e., M.P., also after a hyphen:
    ASEAN-U.S.) unless the next word is a sentence opener ("Washington, D.C. The ...",
    "from the U.S. To this end"), a single-letter initial after a capitalized word (Joseph R. Biden; but
    "1.5 degree C. And" ends a sentence), and titles/short forms: Mr., Mrs., Ms., Dr.,
    Jr., Sr., St., No., Nos., Gen., Gov., Sen., Rep., Amb., Lt., Col., Adm., Prof., Hon.,
    Rev., vs., Inc., Co., Corp., Ltd., Jan., Feb., Aug., Sept., Oct., Nov., Dec.
"""
import re
import sys

NBSP = "\u00a0"
ABBREV = {
    "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "No", "Nos", "Gen", "Gov", "Sen", "Rep",
    "Amb", "Lt", "Col", "Adm", "Prof", "Hon", "Rev", "vs", "Inc", "Co", "Corp", "Ltd",
    "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec", "approx", "Mt", "Ft",
}
MONTHS = ("January|February|March|April|May|June|July|August|September|October|"
          "November|December")
LIST_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)]|\(?[a-z]\)|[a-h]\.)\s+")
NUMPAR_RE = re.compile(r"^\s*\d{1,3}\\?\.\s+")
DATE_RE = re.compile(
    r"^(?:(?:%s)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:%s)\s+\d{4})$" % (MONTHS, MONTHS))
PLACE_RE = re.compile(r"^[A-Z][A-Za-z.\- ]+,\s+[A-Z][A-Za-z.\- ]+$")  # "Pittsburgh, Pennsylvania"
END_MARK_RE = re.compile(r"^[\\#\s*]*$")
SIGNOFF_RE = re.compile(r"^(?i:signed|done|adopted|issued) (?:at|in) [A-Z]")   # "Signed at Jerusalem on ..."
ORDINAL_RE = re.compile(r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|"
                        r"Eleventh|Twelfth|Finally),\s")
# words that, after a dotted abbreviation (U.S., D.C.), show that a new sentence began
OPENERS = {
    "The", "This", "These", "Those", "We", "They", "It", "Its", "Our", "In", "On", "As",
    "At", "For", "With", "Both", "Each", "All", "To", "By", "Since", "Through", "He",
    "She", "Together", "Additionally", "Further", "Furthermore", "Moreover", "However",
    "There", "Today", "Their", "While", "When",
}


def body_of(text):
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                return "\n".join(lines[i + 1:])
    return text


def clean_inline(s):
    s = s.replace(NBSP, " ").replace("\u202f", " ").replace("\u2060", "")
    s = re.sub(r"<[^>]+>", "", s)                      # inline HTML tags
    s = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", s)   # links -> their text
    s = re.sub(r"\\([\\`*_{}\[\]()#+\-.!$&])", r"\1", s)  # markdown escapes
    return s


def plain(s):
    """Text without emphasis markers, whitespace collapsed."""
    s = clean_inline(s)
    s = s.replace("**", "").replace("__", "")
    s = re.sub(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])", "", s)
    s = s.replace("*", "")
    return re.sub(r"\s+", " ", s).strip()


def emphasis_only(s):
    t = clean_inline(s).strip()
    t = re.sub(r"\s+", " ", t)
    if not (re.fullmatch(r"(\*{1,3}|_{1,3})[^*_].*?\1[:.]?", t) and t.count("*") % 2 == 0):
        return False
    # every word must lie inside an emphasis run ("**1 WE,** the Member States ...; ****" is
    # a sentence with a bold opening, not a heading)
    rest = re.sub(r"(\*{1,3}|_{1,3})(?=\S)(.+?)\1", "", t)
    return not re.search(r"\w", rest)


def title_label(s):
    """Title Case label ("Supporting Secure and Resilient Digital Connectivity in Third
    Countries:"), not ALL CAPS: every word of 4+ letters, bar prepositions, capitalized."""
    p = plain(s)
    if p.isupper():
        return False
    minor = {"including", "between", "through", "across", "among", "against", "within",
             "toward", "towards", "into", "over", "under", "from", "with", "upon"}
    ws = [w for w in re.findall(r"[A-Za-z][\w’'-]*", p) if len(w) > 3 and w.lower() not in minor]
    return bool(ws) and all(w[0].isupper() for w in ws)


def words(s):
    return len(plain(s).split())


def ends_terminal(s, chars=".?!"):
    p = plain(s).rstrip("”’\"')]")
    return bool(p) and p[-1] in chars


def is_dateline(s):
    p = plain(s).strip(" .")
    return bool(DATE_RE.match(p)) or bool(PLACE_RE.match(p) and words(s) <= 4)


def heading_like(s):
    """Heading, signature, date line or end mark (to be dropped / split after)."""
    p = plain(s)
    if not p or END_MARK_RE.match(clean_inline(s)):
        return "end-mark"
    if is_dateline(s):
        return "date/place"
    if emphasis_only(s):
        if re.search(r"\bissued the following\b", p):
            return "editorial note"
        if ORDINAL_RE.match(p) and ends_terminal(s):
            return None                       # "**Second, we commit to ...**": a sentence
        if ends_terminal(s, ":") and title_label(s):
            return "heading(emphasis)"        # "**Supporting ... in Third Countries:**"
        if ends_terminal(s, ":") and words(s) > 8:
            return None                       # a lead-in sentence introducing a list
        if not ends_terminal(s) or words(s) <= 8 or (
                words(s) <= 15 and len(split_sentences(s)) == 1):
            return "heading(emphasis)"
    if re.match(r"(The following is|Begin Text|End Text)\b", p):
        return "editorial note"
    if words(s) <= 15 and not ends_terminal(s, ".?!:;"):
        return "heading(short)"
    if re.sub(r"^[IVX]+\.\s*", "", p).isupper() and words(s) <= 25 and not ends_terminal(s, ".?!:;"):
        return "heading(caps)"                # "III. A RESILIENT PACIFIC ISLAND REGION ..."
    return None


def units(body):
    body = re.sub(r"<table.*?</table>", "\n", body, flags=re.S | re.I)
    body = re.sub(r"<!--.*?-->", "\n", body, flags=re.S)
    out = []          # list of [is_list, [lines]]
    cur = None
    for raw in body.split("\n"):
        line = raw.replace(NBSP, " ")
        if line.strip() == "":
            cur = None
            continue
        if line.strip() in ("**", "__") and cur is not None and re.search(r"(  |\\)$", cur[1][-1]):
            # a bold run opened on a line of its own after a hard break: a new unit
            cur = [False, [line.strip()]]
            out.append(cur)
            continue
        if LIST_RE.match(line):
            cur = [True, [LIST_RE.sub("", line, count=1)]]
            out.append(cur)
            continue
        if cur is None:
            cur = [False, [line]]
            out.append(cur)
        else:
            cur[1].append(line)
    # split at hard breaks whose text before is heading-like
    res = []          # (is_list, is_label, text)
    for is_list, lines in out:
        segs, seg = [], []
        for ln in lines:
            if seg and re.search(r"(  |\\)$", seg[-1]) and emphasis_only(ln) and words(ln) <= 8:
                # an emphasized short line after a hard break (an attribution such as
                # "*President Joseph R. Biden, Jr.*" under a quote) is a unit of its own
                segs.append(" ".join(x.strip() for x in seg).rstrip("\\ "))
                seg = []
            seg.append(ln)
            hard = bool(re.search(r"(  |\\)$", ln))
            if hard and heading_like(" ".join(x.strip() for x in seg)):
                segs.append(" ".join(x.strip() for x in seg).rstrip("\\ "))
                seg = []
        if seg:
            segs.append(" ".join(x.strip() for x in seg).rstrip("\\ "))
        segs = [t for t in segs if re.search(r"\w", t)]   # a lone closing "*" is no segment
        for i, t in enumerate(segs):
            # a list item "**Label**  / text": the label is a heading, the text the item
            label = is_list and len(segs) > 1 and i < len(segs) - 1 and bool(heading_like(t))
            res.append((is_list and not label, label, t))
    return res


RUNIN_RE = re.compile(r"^\s*[*_]+(.+?)(?:[*_]+\s*\.[*_]*\s+|\.\s*[*_]+\s*)(?=\S)")
LABEL_WORD_RE = re.compile(r"(Pillar|Section|Annex|Part|Goal|Chapter)\s+[IVX0-9]+\b")


def strip_runin_label(s):
    """Drop a run-in heading: an emphasized lead ending in a period and followed by the
    text, e.g. "**Values-Driven.** Infrastructure ..." or "***Launching a Global Climate
    Ambition Initiative***. The U.S. ...". It counts as a heading (not a sentence) when it
    starts with an -ing word, has at most 5 words, or is a numbered label ("Pillar V: ...");
    other emphasized leads ("**Suspend the tariffs ... for five years.**") stay sentences."""
    t = clean_inline(s)
    m = RUNIN_RE.match(t)
    if not m:
        return s
    label = plain(m.group(1))
    if len(split_sentences(label + ".")) > 1:             # more than one sentence: no label
        return s
    first = label.split()[0] if label.split() else ""
    if (first.lower().endswith("ing") or len(label.split()) <= 5
            or LABEL_WORD_RE.match(label)):
        return t[m.end():]
    return s


PLAIN_LABEL_RE = re.compile(r"^([A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3})\.\s+(?=[A-Z])")
NOT_LABEL = {"we", "they", "it", "he", "she", "i", "you", "this", "these", "is", "are",
             "was", "were", "be", "will", "would", "has", "have", "had", "must", "can",
             "could", "should", "may", "remains", "remain", "welcome", "welcomes", "do",
             "does", "sees", "see", "need", "needs", "stand", "stands", "our", "there"}


def strip_plain_label(p):
    """A list item opening with a plain run-in label of at most 4 words and no verb:
    "Submarines. AUKUS will ...", "Advanced capabilities. AUKUS will ..."."""
    m = PLAIN_LABEL_RE.match(p)
    if m and not any(w.lower() in NOT_LABEL for w in m.group(1).split()) \
            and not re.search(r"\b[A-Z]$", m.group(1)) and m.group(1) not in ABBREV:
        return p[m.end():]
    return p


def split_sentences(s, is_list=False):
    """The sentences of a unit, as a list of strings (for -s)."""
    p = plain(strip_runin_label(s))
    if is_list:
        p = strip_plain_label(p)
    p = NUMPAR_RE.sub("", p)
    p = re.sub(r"^[A-Z][A-Z .,]+ [–—-]+ (?=[A-Z])", "", p)
    out, last = [], 0
    for m in SENT_END.finditer(p):
        if not is_end(p, m):
            continue
        if re.search(r"\w", p[last:m.end()]):
            out.append(p[last:m.end()].strip())
        last = m.end()
    if re.search(r"\w", p[last:]):
        out.append(p[last:].strip())
    return out


SENT_END = re.compile(r"[.?!]+[”’\"')\]]*(?=\s+[A-Z“‘\"'(\[]|\s*$)"
                      r"|(?<=[a-z]{2})[.?!](?=[A-Z][a-z])")   # "by force.Russia" (space missing)


def is_end(p, m):
    tok = re.search(r"(\S+)$", p[:m.start()])
    tok = tok.group(1).lstrip("(“‘\"'[") if tok else ""
    if m.group(0).startswith(".") and not m.group(0).startswith(".."):
        if tok in ABBREV:
            return False
        if re.fullmatch(r"(?:.*[-/–])?(?:[A-Za-z]\.)+[A-Za-z]", tok):  # U.S, e.g, ASEAN-U.S
            nxt = re.match(r"\s+[“‘\"'(\[]?([A-Za-z]+)", p[m.end():])
            if not (nxt and nxt.group(1) in OPENERS and tok not in ("e.g", "i.e")):
                return False                                 # but "Washington, D.C. The ..." ends
        if re.fullmatch(r"[A-Z]", tok):                      # initial: Joseph R. Biden
            prev = re.search(r"(\S+)\s+\S+$", p[:m.start()])
            if prev and prev.group(1)[:1].isupper():         # (not "1.5 degree C. And")
                return False
    return True


def sentences(s, is_list=False):
    return len(split_sentences(s, is_list))


def count(path, verbose=False, show=False):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    total, signed = 0, False
    for is_list, is_label, u in units(body_of(text)):
        kind = "label" if is_label else (None if is_list else heading_like(u))
        if signed or SIGNOFF_RE.match(plain(u)):
            signed, kind = True, "sign-off"               # "Signed at ...", and all after it
        if is_list and END_MARK_RE.match(clean_inline(u)):
            kind = "end-mark"
        elif is_list and emphasis_only(u) and ends_terminal(u, ":") and title_label(u):
            kind = "label"                    # "-   **Digital Economy**:" heading a sub-list
        c = 0 if kind else max(1, sentences(u, is_list))
        total += c
        if verbose:
            tag = kind or ("list" if is_list else "para")
            print(f"{c:3d} {tag:18s} {plain(u)[:150]}")
        if show and not kind:
            for x in split_sentences(u, is_list):
                print("      | " + x)
    return total


def main(argv):
    show = "-s" in argv
    verbose = "-v" in argv or show
    files = [a for a in argv if a not in ("-v", "-s")]
    for fp in files:
        n = count(fp, verbose, show)
        print(f"{n}\t{fp}")


if __name__ == "__main__":
    main(sys.argv[1:])
