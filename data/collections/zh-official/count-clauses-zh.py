#!/usr/bin/env python3
"""Count the clauses of a Chinese joint statement, declaration or communique.

The collector's own count (not Tongwen's code), used for `expected.clauses`
in manifest.json.  Usage:

    python3 count-clauses-zh.py FILE [FILE ...]      # prints "<count>\t<file>"
    python3 count-clauses-zh.py --show FILE          # also lists every clause

Rule
----
1. Markup remnants are removed (HTML tags, entities); lines are stripped of
   ASCII, full-width and non-breaking spaces.
2. Lines that are not body are dropped:
   - the title block: the lines before the first line that ends in 。！？：；
     or is longer than 60 characters (title lines, subtitle, （全文）, a
     新华社 dateline standing alone);
   - a 新华社…电 dateline at the start of a body line is cut off that line;
   - headings: lines of at most 25 characters that carry no 。！？； and
     do not open with a list mark (——, •, -): 一、政治领域, 二, （三）…;
   - the sign-off: from the end, lines that are a date line
     (2019年7月23日于北京, 二〇一九年…于…, a bare date) or a signature
     line (…签署 / 代表 …) with no 。！？.
3. Each remaining line is cut into sentences after 。！？ (a closing quote or
   bracket stays with its sentence).  A piece left at the end of a line with
   no full stop (a list item, a sentence ending in ：that introduces a list)
   counts as one clause.
4. ；  separates clauses only in a line that numbers its commitments (at
   least two markers such as （一）, （1）, 一是/二是, 第一/第二 …, 1. / 2、);
   otherwise ； stays inside its sentence.
"""
import html
import re
import sys

SPACE = " \t\u3000\u00a0\ufeff\u200b"
END = "。！？"
CLOSERS = "”’」』）)》〉】"
LIST_MARKS = ("——", "—", "•", "·", "-")
DATELINE = re.compile(r"^新华社[^\s，。]{0,20}?\d{1,2}月\d{1,2}日电\s*")
DATE_LINE = re.compile(
    r"^((\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日)(于.{1,12})?$"
)
SIGNATURE = re.compile(r"(签署|代表|主席|总统|总理|国王|苏丹|埃米尔)[^。！？]*$")
NUMBERED = re.compile(
    r"（[一二三四五六七八九十\d]+）|\(\d+\)|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、]|(?:^|；)\s*\d+[.、]"
)


def clean_lines(text):
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    out = []
    for line in text.split("\n"):
        line = line.strip(SPACE)
        out.append(line)
    return out


def body_lines(lines):
    lines = [l for l in lines if l]
    # title block
    start = 0
    while start < len(lines):
        l = lines[start]
        if DATELINE.match(l) and len(DATELINE.sub("", l)) > 0 and len(l) > 60:
            break
        if l[-1] in END + "：；" or len(l) > 60:
            break
        start += 1
    body = lines[start:]
    # sign-off from the end
    end = len(body)
    while end > 0:
        l = body[end - 1]
        if any(c in l for c in END):
            break
        if DATE_LINE.match(l) or (len(l) <= 40 and SIGNATURE.search(l)):
            end -= 1
            continue
        break
    body = body[:end]
    kept = []
    for l in body:
        l = DATELINE.sub("", l).strip(SPACE)
        if not l:
            continue
        if (len(l) <= 25 and not any(c in l for c in END + "；")
                and not l.startswith(LIST_MARKS)):
            continue  # heading
        kept.append(l)
    return kept


def split_sentences(line):
    parts, cur, i = [], "", 0
    while i < len(line):
        cur += line[i]
        if line[i] in END:
            while i + 1 < len(line) and line[i + 1] in CLOSERS:
                i += 1
                cur += line[i]
            parts.append(cur)
            cur = ""
        i += 1
    if cur.strip(SPACE):
        parts.append(cur)
    return [p.strip(SPACE) for p in parts if p.strip(SPACE)]


def clauses(text):
    result = []
    for line in body_lines(clean_lines(text)):
        for s in split_sentences(line):
            if "；" in s and len(NUMBERED.findall(line)) >= 2:
                result.extend(p for p in (x.strip(SPACE) for x in s.split("；")) if p)
            else:
                result.append(s)
    return result


def main(argv):
    show = "--show" in argv
    files = [a for a in argv if a != "--show"]
    for f in files:
        with open(f, encoding="utf-8") as fh:
            cs = clauses(fh.read())
        print(f"{len(cs)}\t{f}")
        if show:
            for n, c in enumerate(cs, 1):
                print(f"  {n:3d}  {c[:60]}")


if __name__ == "__main__":
    main(sys.argv[1:])
