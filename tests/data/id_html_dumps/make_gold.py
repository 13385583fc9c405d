#!/usr/bin/env python3
"""Makes text dumps of tests/data/id_html pages and their gold.json, in one of two forms.

    tests/data/id_html_dumps/make_gold.py        # w3m dumps of pages 27-66 (needs w3m)
    tests/data/id_html_dumps/make_gold.py wet    # WET-style texts of pages 1-66, into id_html_wet
    tests/data/id_html_dumps/make_gold.py tools  # pages 55-66 as real text tools print them,
                                                 # into id_html_tools/<set> (needs the tools)

The page ranges are explicit (W3M_PAGES, WET_PAGES): a page added to id_html later is dumped only
when its range is widened here, so a held-out text round sees it first as its own round.

w3m: each dump is `w3m -dump -T text/html -cols 100000 -O UTF-8 < PAGE.html` (as
bench/aeb_text_eval.sh makes the AEB dumps). wet: the page as Common Crawl's WET files give it
(`WetText` below). tools: each set of TOOL_SETS is one tool's dump at its default width
(wrapped near 80 columns, as users get it) or at a wide one; the page is read from a fixed path,
/tmp/kabar_id_html/NN_name.html, so the file:// references lynx and elinks print are the same on
every run. The gold is id_html's, kept only where the dump itself shows the value:
  - title, dateline, agencies: kept when the dump holds the text (case aside), else listed under
    not_applicable; an empty gold value is kept (kabar must find nothing);
  - authors, editors, captions: the gold names/captions the dump holds;
  - published: `published_shown` says how much of it the dump shows: "exact" (day, time and a
    zone next to the time; compared to the minute, with the offset), "minute" (day and time, no zone: the offset is not compared), "day";
    not_applicable when the dump shows no date;
  - section: always not_applicable (a dump shows every menu's rubric names; which one is the
    page's section is not in its text the way a breadcrumb element is in HTML);
  - language and body: always kept.
"""
import json, os, re, subprocess, sys
from html.parser import HTMLParser

SRC = "tests/data/id_html"
W3M_PAGES = (27, 66)  # first and last id_html page number dumped with w3m
WET_PAGES = (1, 66)  # first and last id_html page number written as WET-style text
TOOL_PAGES = (55, 66)  # first and last id_html page number printed by each text tool
TOOL_COPY_DIR = "/tmp/kabar_id_html"
# Each set's command; {page} is the page's fixed path. Default widths first, then wide ones.
TOOL_SETS = {
    "w3m80": ["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8", "{page}"],
    "lynx": ["lynx", "-dump", "-force_html", "-display_charset=utf-8", "{page}"],
    "links": ["links", "-dump", "-codepage", "utf-8", "{page}"],
    "elinks": ["elinks", "-dump", "-dump-charset", "utf-8", "{page}"],
    "html2text": ["html2text", "-utf8", "{page}"],
    "lynx_wide": ["lynx", "-dump", "-force_html", "-display_charset=utf-8", "-width=1024", "{page}"],
    "links_wide": ["links", "-dump", "-codepage", "utf-8", "-width", "512", "{page}"],
    "elinks_wide": ["elinks", "-dump", "-dump-charset", "utf-8", "-dump-width", "512", "{page}"],
    "html2text_wide": ["html2text", "-utf8", "-width", "100000", "{page}"],
    # Python scrapers' text: BeautifulSoup's get_text() and get_text("\n", strip=True).
    "bs4_text": ["bench/bs4_text.py", "text", "{page}"],
    "bs4_lines": ["bench/bs4_text.py", "lines", "{page}"],
}
MONTHS = {1: ["januari", "january", "jan"], 2: ["februari", "february", "feb"],
          3: ["maret", "march", "mar", "mac"], 4: ["april", "apr"], 5: ["mei", "may"],
          6: ["juni", "june", "jun"], 7: ["juli", "july", "jul", "julai"],
          8: ["agustus", "august", "agu", "aug", "ogos"], 9: ["september", "sep", "sept"],
          10: ["oktober", "october", "okt", "oct"], 11: ["november", "nov"],
          12: ["desember", "december", "des", "dec", "disember"]}
ZONES = r"\b(wib|wita|wit|utc|gmt|myt|sgt)\b|[+-]\d\d:?\d\d\b"


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().lower()


def day_shown(text, y, m, d):
    t = fold(text)
    pats = [rf"\b0?{d}/0?{m}/{y}", rf"\b0?{m}/0?{d}/{y}", rf"{y}-{m:02d}-{d:02d}", rf"\b0?{d}-0?{m}-{y}"]
    for name in MONTHS[m]:
        pats += [rf"\b0?{d}\s+{name}\.?\s+{y}", rf"\b{name}\.?\s+0?{d},?\s+{y}"]
    return any(re.search(p, t) for p in pats)


def published_shown(dump, iso):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    if not day_shown(dump, y, m, d):
        return None
    if len(iso) < 16:
        return "day"
    time = re.search(rf"\b0?{int(iso[11:13])}[:.]{iso[14:16]}\b", dump)
    if not time:
        return "day"
    near = dump.lower()[time.start():time.end() + 25]
    return "exact" if re.search(ZONES, near) else "minute"


class WetText(HTMLParser):
    """The text of an HTML page as Common Crawl's WET records hold it (an approximation written
    for these tests): the <title> on the first line, then the text of every block element on a
    line of its own, white space collapsed, no blank lines; scripts, styles and embeds dropped."""

    BLOCKS = set("p div br h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article header "
                 "footer nav aside figure figcaption blockquote pre form dl dt dd main address hr "
                 "time".split())
    SKIPPED = set("script style noscript template svg iframe".split())

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.run, self.title, self.skipping, self.in_title = [], [], [], 0, False

    def end_line(self):
        text = re.sub(r"\s+", " ", "".join(self.run)).strip()
        if text:
            self.lines.append(text)
        self.run = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCKS:
            self.end_line()

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.end_line()

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCKS:
            self.end_line()

    def handle_data(self, data):
        if self.skipping:
            return
        (self.title if self.in_title else self.run).append(data)

    @staticmethod
    def of(html_bytes):
        p = WetText()
        p.feed(html_bytes.decode("utf-8", errors="replace"))
        p.end_line()
        title = re.sub(r"\s+", " ", "".join(p.title)).strip()
        return ("\n".join(([title] if title else []) + p.lines) + "\n").encode("utf-8")


def W3mDump(html_bytes):
    return subprocess.run(["w3m", "-dump", "-T", "text/html", "-cols", "100000", "-O", "UTF-8"],
                          input=html_bytes, capture_output=True, check=True).stdout


def ToolDump(command, html_file):
    os.makedirs(TOOL_COPY_DIR, exist_ok=True)
    page = os.path.join(TOOL_COPY_DIR, html_file)
    with open(os.path.join(SRC, html_file), "rb") as src, open(page, "wb") as copy:
        copy.write(src.read())
    argv = [page if a == "{page}" else a for a in command]
    return subprocess.run(argv, capture_output=True, check=True, stdin=subprocess.DEVNULL).stdout


def MakeSet(out_dir, pages, dump_of):
    """Writes each page's dump (dump_of(html_file) -> bytes) and the set's gold.json."""
    first_page, last_page = pages
    os.makedirs(out_dir, exist_ok=True)
    gold = json.load(open(os.path.join(SRC, "gold.json")))
    out = []
    for g in gold:
        if not first_page <= int(g["file"][:2]) <= last_page:
            continue
        name = g["file"][:-5] + ".txt"
        dump = dump_of(g["file"])
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(dump)
        text = dump.decode("utf-8")
        low = fold(text)
        r = {"file": name, "language": g["language"], "not_applicable": {}}
        na = r["not_applicable"]
        for f in ("title", "dateline"):
            v = g.get(f) or ""
            if v and fold(v) not in low:
                na[f] = "not in the dump"
            else:
                r[f] = v
        for f in ("authors", "editors", "agencies", "captions"):
            v = g.get(f) or []
            shown = [x for x in v if fold(x) in low]
            if v and not shown:
                na[f] = "not in the dump"
            else:
                r[f] = shown
        p = g.get("published") or ""
        how = published_shown(text, p) if p else "exact"
        if how is None:
            na["published"] = "no date in the dump"
        else:
            r["published"], r["published_shown"] = p, how
        na["section"] = "a dump shows every menu's rubric names, not which is the page's"
        r["body"] = g["body"]
        out.append(r)
    with open(os.path.join(out_dir, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{out_dir}: {len(out)} pages", file=sys.stderr)


def ReadPage(html_file):
    with open(os.path.join(SRC, html_file), "rb") as html:
        return html.read()


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "w3m"
    if mode == "wet":
        MakeSet("tests/data/id_html_wet", WET_PAGES, lambda f: WetText.of(ReadPage(f)))
    elif mode == "tools":
        for name, command in TOOL_SETS.items():
            MakeSet(os.path.join("tests/data/id_html_tools", name), TOOL_PAGES,
                    lambda f, command=command: ToolDump(command, f))
    else:
        MakeSet("tests/data/id_html_dumps", W3M_PAGES, lambda f: W3mDump(ReadPage(f)))


if __name__ == "__main__":
    main()
