#!/usr/bin/env python3
"""Turns the corpus kabar_gen writes (text dumps + truth.jsonl) into HTML pages and WARC.gz
files for the end-to-end HTML benchmark (bench/e2e_html.sh).

Each line of a generated page becomes markup that says what it is, the way news sites mark
their parts up: navigation in <nav>, ads in ad slots, the title in <h1>, body paragraphs in
<p> inside <article>, captions in <figcaption>, related links in a list, a footer, plus the
metadata a CMS writes in <head> (title, OpenGraph, article:published_time, canonical URL).

Usage: gen_html.py CORPUS_DIR   (writes CORPUS_DIR/html/ and CORPUS_DIR/warc/)
"""
import gzip
import html
import json
import os
import sys
import uuid

PAGES_PER_WARC = 1000
WRAP = {  # label -> (opening, closing, per-line template)
    "navigation": ('<nav class="main-nav"><ul>', "</ul></nav>", '<li><a href="/s">{}</a></li>'),
    "login": ('<div class="login-box">', "</div>", "<p>{}</p>"),
    "ad": ('<div class="ad-slot">', "</div>", "<span>{}</span>"),
    "related": ('<section class="related-articles"><ul>', "</ul></section>",
                '<li><a href="/r">{}</a></li>'),
    "social": ('<div class="social-share">', "</div>", '<a href="/x">{}</a> '),
    "footer": ("<footer>", "</footer>", "<p>{}</p>"),
    "byline": ('<div class="byline">', "</div>", "<span>{}</span><br>"),
    "caption": ("<figure><img src=\"/i.jpg\">", "</figure>", "<figcaption>{}</figcaption>"),
    "tags": ('<div class="tags">', "</div>", '<a href="/t">{}</a> '),
}


def page_html(truth, lines, url):
    e = html.escape
    head = (f'<!doctype html><html lang="{e(truth["language"])}"><head><meta charset="utf-8">'
            f'<title>{e(truth["title"])} - {e(truth["outlet"])}</title>'
            f'<meta property="og:title" content="{e(truth["title"])}">'
            f'<meta property="og:site_name" content="{e(truth["outlet"])}">'
            f'<meta property="article:published_time" content="{e(truth["published"])}">'
            f'<link rel="canonical" href="{e(url)}">'
            '<script>window.dataLayer=[];</script></head><body>')
    out = [head]
    in_article = False
    i = 0
    labels = truth["labels"]
    while i < len(labels):
        label = labels[i]
        j = i
        while j < len(labels) and labels[j] == label:
            j += 1
        group = [lines[k] for k in range(i, j) if k < len(lines)]
        if label == "blank":
            pass
        elif label in ("title", "date", "body", "lead", "dateline") and not in_article:
            out.append('<main><article class="article">')
            in_article = True
        if label == "title":
            out.extend(f'<h1 class="headline">{e(t)}</h1>' for t in group)
        elif label == "date":
            out.extend(f'<div class="meta"><time>{e(t)}</time></div>' for t in group)
        elif label in ("body", "lead", "dateline", "subheading"):
            out.extend(f"<p>{e(t)}</p>" for t in group)
        elif label in WRAP:
            open_, close, line = WRAP[label]
            if in_article and label in ("related", "footer"):
                out.append("</article></main>")
                in_article = False
            out.append(open_ + "".join(line.format(e(t)) for t in group) + close)
        elif label != "blank":
            out.extend(f'<div class="{e(label)}">{e(t)}</div>' for t in group)
        i = j
    if in_article:
        out.append("</article></main>")
    out.append("</body></html>\n")
    return "".join(out).encode("utf-8")


def warc_record(url, payload):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
            str(len(payload)).encode() + b"\r\n\r\n" + payload)
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "WARC-Target-URI: %s\r\nWARC-Date: 2025-11-01T05:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.uuid5(uuid.NAMESPACE_URL, url), url, len(http))).encode()
    return gzip.compress(head + http + b"\r\n\r\n", 6)


def main():
    corpus = sys.argv[1]
    os.makedirs(f"{corpus}/warc", exist_ok=True)
    warc = None
    with open(f"{corpus}/truth.jsonl", encoding="utf-8") as truths:
        for n, line in enumerate(truths):
            truth = json.loads(line)
            with open(f"{corpus}/{truth['path']}", encoding="utf-8", errors="replace") as f:
                lines = [l.strip() for l in f.read().split("\n")]
            url = f"https://www.{truth['site']}/read/{n}"
            payload = page_html(truth, lines, url)
            rel = truth["path"].replace("pages/", "html/").replace(".txt", ".html")
            os.makedirs(os.path.dirname(f"{corpus}/{rel}"), exist_ok=True)
            with open(f"{corpus}/{rel}", "wb") as f:
                f.write(payload)
            if n % PAGES_PER_WARC == 0:
                if warc:
                    warc.close()
                warc = open(f"{corpus}/warc/corpus-{n // PAGES_PER_WARC:05d}.warc.gz", "wb")
            warc.write(warc_record(url, payload))
    if warc:
        warc.close()


if __name__ == "__main__":
    main()
