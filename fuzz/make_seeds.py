#!/usr/bin/env python3
"""Cuts the fixture pair into a small seed corpus for the fuzz targets (fuzz/seeds/<target>/).

Run from the repository root: python3 fuzz/make_seeds.py. The first byte of every seed is the
selector the targets read (format or language); the pipeline seeds join a source and a target
piece with a 0xFF byte.
"""
import hashlib
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
en = (root / "fixtures/com-2026-45/en.md").read_text(encoding="utf-8").splitlines(keepends=True)
sv = (root / "fixtures/com-2026-45/sv.md").read_text(encoding="utf-8").splitlines(keepends=True)
out = root / "fuzz/seeds"


def write(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)


def pieces(lines, size, step, limit):
    """Chunks of `size` lines every `step` lines, at most `limit`, each cut to 3 KB."""
    for start in range(0, len(lines), step)[:limit]:
        yield "".join(lines[start:start + size]).encode("utf-8")[:3000]


for index, piece in enumerate(pieces(en, 12, 40, 15)):
    write("parse", bytes([index % 2]) + piece)
for index, piece in enumerate(pieces(sv, 12, 40, 15)):
    write("parse", bytes([index % 2]) + piece)
# Single paragraphs, with and without digits, for the segmenter and the value extractor.
for lines, lang in ((en, 0), (sv, 1)):
    with_digits = [l for l in lines if any(c.isdigit() for c in l) and len(l) > 40]
    plain = [l for l in lines if not any(c.isdigit() for c in l) and len(l) > 80]
    for line in plain[::12][:10] + with_digits[::6][:20]:
        write("segment", bytes([lang]) + line.encode("utf-8")[:2000])
    for line in with_digits[::4][:30]:
        write("values", bytes([lang]) + line.encode("utf-8")[:2000])
# Pairs: the same stretch of both versions (the Swedish one is a little longer).
for index, start in enumerate(range(40, 560, 35)):
    src = "".join(en[start:start + 6]).encode("utf-8")[:2500]
    tgt = "".join(sv[start + 1:start + 7]).encode("utf-8")[:2500]
    write("pipeline", bytes([index % 4]) + src + b"\xff" + tgt)
