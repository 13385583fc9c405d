#!/usr/bin/python3
"""A page's text as a Python scraper gets it from BeautifulSoup (Debian's python3-bs4 with the
lxml parser), scripts and styles dropped first.

    bench/bs4_text.py text PAGE    # soup.get_text(): the source's line breaks kept, inline
                                   # elements glued to their neighbours
    bench/bs4_text.py lines PAGE   # soup.get_text("\\n", strip=True): every text node on a line

Used by bench/aeb_tools_eval.sh and tests/data/id_html_dumps/make_gold.py (evaluation and
fixture-making only; kabar does not use it).
"""
import sys

import bs4

mode, page = sys.argv[1:3]
soup = bs4.BeautifulSoup(open(page, "rb").read(), "lxml")
for node in soup(["script", "style", "noscript"]):
    node.decompose()
text = soup.get_text() if mode == "text" else soup.get_text("\n", strip=True)
sys.stdout.buffer.write(text.encode("utf-8"))
