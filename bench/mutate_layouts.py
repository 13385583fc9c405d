#!/usr/bin/env python3
"""Robustness of text extraction to page furniture it has not seen in a given place.

Takes the hand-checked pages of tests/data/id_layouts (137 layouts of Indonesian and English
outlets, with gold fields and body paragraphs), inserts one block of common furniture into each
page at one place (the top, before the first paragraph, in the middle of the body, after the
last paragraph, at the end of the file), or transforms the whole page (no blank lines, CRLF,
no-break spaces, ...), runs `kabar extract` on every variant set, and reports for each mutation
how many pages get a field or the body wrong that the unmutated page got right.

The inserted text is invented. Text that a site could repeat on every page (a caption) is made
different on each page, so that kabar's cross-page repeat detection does not see it as the
site's furniture.

Usage: bench/mutate_layouts.py [--kabar build/kabar] [--out bench/out/mutations] [--list]
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["title", "published", "authors", "editors", "dateline", "agencies", "section"]
NOW = "2025-11-25T12:00:00+07:00"

# name: (where, lines). Where: top, first (before the first body paragraph), second (before
# the second), mid (after the middle paragraph), end (after the last paragraph), eof, or
# transform (lines is then the transform's name). "{n}" is replaced by a token of the page.
MUTATIONS = {
    "bacajuga_first": ("first", ["Baca juga: Harga Cabai Rawit Melonjak Jelang Akhir Tahun"]),
    "bacajuga_mid": ("mid", ["Baca juga: Harga Cabai Rawit Melonjak Jelang Akhir Tahun"]),
    "bacajuga_end": ("end", ["Baca juga: Harga Cabai Rawit Melonjak Jelang Akhir Tahun"]),
    "ad_second": ("second", ["ADVERTISEMENT", "", "SCROLL TO CONTINUE WITH CONTENT"]),
    "ad_mid": ("mid", ["ADVERTISEMENT", "", "SCROLL TO CONTINUE WITH CONTENT"]),
    "caption_first": ("first", ["[foto-utama]",
                                "Suasana di lokasi kejadian {n}, Senin (24/11/2025). (Foto: Istimewa)"]),
    "caption_mid": ("mid", ["[foto-ilustrasi]",
                            "Warga melintas di depan kantor kelurahan {n}, Senin (24/11/2025). "
                            "(ANTARA FOTO/Budi Santoso)"]),
    "video_mid": ("mid", ['Simak Video "Warga Padati Pasar Jelang Akhir Tahun"',
                          "[Gambas:Video 20detik]"]),
    "promo_mid": ("mid", ["Dapatkan berita terbaru dari kami di Google News, klik di sini."]),
    "audio_first": ("first", ["Dengarkan artikel ini", "00:00 / 03:45"]),
    "share_first": ("first", ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Salin Link"]),
    "popular_first": ("first", ["Terpopuler", "1. Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
                                "2. Tol Trans Jawa Diprediksi Padat Saat Libur Natal"]),
    "summary_first": ("first", ["Ringkasan Berita",
                                "- Harga kebutuhan pokok naik menjelang akhir tahun",
                                "- Pemerintah menyiapkan operasi pasar di sejumlah daerah"]),
    "tags_end": ("end", ["Tag:", "cabai", "harga pangan", "inflasi"]),
    "teaserpairs_end": ("end", ["Baca Juga", "Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
                                "Pedagang menyebut pasokan cabai dari sentra produksi turun sejak "
                                "pekan lalu.", "",
                                "Tol Trans Jawa Diprediksi Padat Saat Libur Natal",
                                "Jasa Marga memperkirakan lonjakan kendaraan pada libur Natal "
                                "tahun ini."]),
    "paging_end": ("end", ["Halaman 1 2 3 Selanjutnya"]),
    "related_eof": ("eof", ["Berita Terkait", "Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
                            "Tol Trans Jawa Diprediksi Padat Saat Libur Natal",
                            "BMKG Peringatkan Cuaca Ekstrem di Pesisir Selatan"]),
    "comments_eof": ("eof", ["3 Komentar", "", "Andi Wijaya", "2 jam lalu",
                             "Semoga pemerintah cepat tanggap dan masalah ini segera selesai "
                             "dengan baik untuk warga.", "Balas"]),
    "cookie_top": ("top", ["Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan "
                           "melanjutkan, Anda menyetujui kebijakan privasi kami.", "Setuju"]),
    "login_top": ("top", ["Masuk", "Daftar", "Lupa kata sandi?"]),
    "ticker_top": ("top", ["BREAKING NEWS", "Gempa Magnitudo 5,2 Guncang Wilayah Selatan Jawa, "
                           "Tidak Berpotensi Tsunami"]),
    "readmore_mid": ("mid", ["READ MORE: City Council Approves New Budget After Long Debate"]),
    "adv_en_mid": ("mid", ["Advertisement", "", "Story continues below advertisement"]),
    "newsletter_mid": ("mid", ["Sign up for our morning newsletter",
                               "Get the day's top stories in your inbox every weekday.",
                               "Sign Up"]),
    "apcaption_mid": ("mid", ["Residents walk past the town hall in {n} on Monday. "
                              "(AP Photo/Jane Doe)"]),
    "related_en_end": ("end", ["Related:", "* Mayor Unveils Plan to Fix Potholes Citywide",
                               "* Transit Riders Pack Hearing on Service Cuts"]),
    "toc_first": ("first", ["Daftar Isi", "1. Latar belakang", "2. Tanggapan warga",
                            "3. Langkah pemerintah"]),
    "gallery_mid": ("mid", ["Foto 1 dari 5", "[galeri-{n}]",
                            "Suasana di lokasi, Senin (24/11/2025). (Foto: Istimewa)"]),
    "loadmore_mid": ("mid", ["Lanjutkan membaca artikel di bawah"]),
    "no_blank": ("transform", "no_blank"),
    "double_blank": ("transform", "double_blank"),
    "indent": ("transform", "indent"),
    "crlf": ("transform", "crlf"),
    "nbsp": ("transform", "nbsp"),
    # Third round (session 27): furniture of other Indonesian and English sites, and dumps
    # made another way.
    "reactions_end": ("end", ["Bagaimana reaksi Anda?", "Senang", "Sedih", "Marah", "Terkejut"]),
    "telegram_end": ("end", ["Dapatkan update berita pilihan dan breaking news setiap hari. "
                             "Mari bergabung di Grup Telegram, caranya klik link berikut, "
                             "kemudian join."]),
    "saksikan_end": ("end", ["Saksikan Video Pilihan Berikut Ini:"]),
    "lihatjuga_mid": ("mid", ["Lihat Juga :", "[Gambas:Video CNN]"]),
    "signoff_end": ("end", ["(rzk/dna)"]),
    "adlabel_id_mid": ("mid", ["Konten berikut adalah iklan platform kami. Redaksi tidak "
                               "terlibat dalam materi konten ini."]),
    "font_top": ("top", ["A-", "A+", "Ukuran teks"]),
    "apps_eof": ("eof", ["Download aplikasi kami di Google Play dan App Store"]),
    "trending_eof": ("eof", ["Trending Topic", "#PilkadaSerentak", "#TimnasIndonesia",
                             "#LiburNatal"]),
    "disclaimer_end": ("end", ["Disclaimer: Isi artikel menjadi tanggung jawab sepenuhnya "
                               "penulis, bukan redaksi."]),
    "listen_en_top": ("top", ["Listen to this article", "5 min read", "Gift this article"]),
    "share_en_first": ("first", ["Share", "Facebook", "X", "Email", "Copy link"]),
    "continue_en_mid": ("mid", ["Continue reading the main story"]),
    "adfeedback_mid": ("mid", ["Ad Feedback"]),
    "mostread_eof": ("eof", ["Most Read", "1. Mayor Unveils Plan to Fix Potholes Citywide",
                             "2. Transit Riders Pack Hearing on Service Cuts",
                             "3. School Board Race Heats Up Ahead of Vote"]),
    "paywall_en_eof": ("eof", ["Subscribe to continue reading", "Already a subscriber? Log in"]),
    "wrap": ("transform", "wrap"),
    "bom": ("transform", "bom"),
    "trailing_space": ("transform", "trailing_space"),
}


def wrapped(line, width=80):
    """`line` broken as a text browser fills a paragraph: at spaces only (not after hyphens),
    long words whole, the continuation lines at the line's own margin."""
    margin = line[:len(line) - len(line.lstrip(" "))]
    return textwrap.wrap(line, width, subsequent_indent=margin, break_on_hyphens=False,
                         break_long_words=False)


def transform(lines, kind):
    if kind == "no_blank":
        return [l for l in lines if l.strip()]
    if kind == "double_blank":
        out = []
        for l in lines:
            out += [l, ""] if not l.strip() else [l]
        return out
    if kind == "indent":
        return ["  " + l if l.strip() else l for l in lines]
    if kind == "crlf":
        return [l + "\r" for l in lines]
    if kind == "nbsp":  # the first two spaces of every line
        return [l.replace(" ", "\u00a0", 2) for l in lines]
    if kind == "wrap":  # hard-wrapped at 80 columns, as lynx and w3m dump by default, each
        # line a block of its own (a blank line after it), as a browser lays out paragraphs
        out = []
        for i, l in enumerate(lines):
            out += wrapped(l) or [l]
            if l.strip() and i + 1 < len(lines) and lines[i + 1].strip():
                out.append("")
        return out
    if kind == "bom":
        return ["\ufeff" + lines[0]] + lines[1:]
    if kind == "trailing_space":
        return [l + "  " if l.strip() else l for l in lines]
    raise ValueError(kind)


def insert_at(lines, body_lines, where, block):
    """`lines` with `block` (blank lines around it) inserted at `where`; body_lines: the gold
    body's 1-based line numbers."""
    at = {
        "top": lambda: 0,
        "first": lambda: body_lines[0] - 1,
        "second": lambda: body_lines[1] - 1 if len(body_lines) > 1 else body_lines[0] - 1,
        "mid": lambda: body_lines[max(len(body_lines) // 2 - 1, 0)],
        "end": lambda: body_lines[-1],
        "eof": lambda: len(lines),
    }[where]()
    return lines[:at] + [""] + block + [""] + lines[at:]


def page_token(name):
    towns = ["Cibubur", "Depok", "Bekasi", "Bogor", "Tangerang", "Serang", "Cilegon", "Karawang"]
    return f"{towns[len(name) % len(towns)]} {sum(map(ord, name))}"


def mutated(text, gold, mutation):
    lines = text.split("\n")
    if mutation is None:
        return text
    where, what = mutation
    if where == "transform":
        return "\n".join(transform(lines, what))
    block = [l.replace("{n}", page_token(gold["file"])) for l in what]
    return "\n".join(insert_at(lines, gold["body_lines"], where, block))


def wrong_fields(record, gold):
    if record is None:
        return ["no article"]
    wrong = [f for f in FIELDS if gold.get(f) is not None and record.get(f) != gold[f]]
    if record["body"] != gold["body"]:
        wrong.append("body%+d" % (len(record["body"]) - len(gold["body"])))
    return wrong


def run_set(kabar, layouts, golds, out_dir, mutation):
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    for gold in golds:
        with open(os.path.join(layouts, gold["file"]), encoding="utf-8") as f:
            text = f.read()
        with open(os.path.join(out_dir, gold["file"]), "w", encoding="utf-8", newline="") as f:
            f.write(mutated(text, gold, mutation))
    run = subprocess.run([kabar, "extract", "--no-understand", "--now", NOW, out_dir],
                         capture_output=True, text=True, check=True)
    records = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        records[os.path.basename(record["source"]["path"])] = record
    return {g["file"]: wrong_fields(records.get(g["file"]), g) for g in golds}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kabar", default=os.path.join(ROOT, "build", "kabar"))
    ap.add_argument("--layouts", default=os.path.join(ROOT, "tests", "data", "id_layouts"))
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "mutations"))
    ap.add_argument("--list", action="store_true", help="name every page a mutation breaks")
    args = ap.parse_args()
    with open(os.path.join(args.layouts, "gold.json"), encoding="utf-8") as f:
        golds = json.load(f)
    base = run_set(args.kabar, args.layouts, golds, os.path.join(args.out, "none"), None)
    print(f"{len(golds)} pages; unmutated: {sum(1 for w in base.values() if w)} with a wrong field")
    print(f"{'mutation':16s} {'broken':>6s}  pages")
    total = 0
    for name, mutation in MUTATIONS.items():
        result = run_set(args.kabar, args.layouts, golds, os.path.join(args.out, name), mutation)
        broken = {f: w for f, w in result.items() if w and w != base[f]}
        total += len(broken)
        shown = list(broken.items()) if args.list else list(broken.items())[:4]
        print(f"{name:16s} {len(broken):6d}  " +
              "; ".join(f"{f}: {','.join(w)}" for f, w in shown))
    print(f"total pages broken by a mutation: {total} of {len(golds) * len(MUTATIONS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
