#!/usr/bin/env python3
"""Packs saved HTML pages and their URLs into a WARC.gz (one gzip member per record), so
kabar sees each page's URL and raw bytes exactly as a crawler would have stored them.

Usage: pages_to_warc.py OUT.warc.gz < LIST   (LIST: lines "URL<TAB>PATH", PATH may be .gz)
"""
import gzip
import sys
import uuid


def record(url, payload):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
            str(len(payload)).encode() + b"\r\n\r\n" + payload)
    head = ("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
            "WARC-Target-URI: %s\r\nWARC-Date: 2020-01-01T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uuid.uuid5(uuid.NAMESPACE_URL, url), url, len(http))).encode()
    return head + http + b"\r\n\r\n"


def main():
    with open(sys.argv[1], "wb") as out:
        for line in sys.stdin:
            url, path = line.rstrip("\n").split("\t")
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rb") as f:
                out.write(gzip.compress(record(url, f.read()), 6))


if __name__ == "__main__":
    main()
