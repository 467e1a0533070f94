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
# Small hand seeds of constructs the fixture pair lacks (from fixtures/pairs/): code spans,
# Eurostat flags in table cells, days counted from a reference day, `24/7`, times with a
# fraction of a second, annex points with a subpoint, E numbers, a percentage above a level
# and a clause that chooses the later of two dates.
constructs = [
    ("Reports are cancelled (`CANC` in Field 1) and a new report (`NEWT`) follows; `{DECIMAL-18/13}`, `DD/MM/YYYY`.\n",
     "Rapporter annulleras (`CANC` i fält 1) och en ny rapport (`NEWT`) följer; `{DECIMAL-18/13}`, `DD/MM/ÅÅÅÅ`.\n"),
    ("| Country | 2023 | 2024 |\n|---|---|---|\n| EU | 147.5 e | 12.3 p |\n| Latvia | : c | 82.1 b |\n",
     "| Land | 2023 | 2024 |\n|---|---|---|\n| EU | 147,5 e | 12,3 p |\n| Lettland | : c | 82,1 b |\n"),
    ("The assessor shall submit the first draft by D−35; the report follows at D+30, a service open 24/7 and 24/7/365.\n",
     "Bedömaren ska lämna det första utkastet senast D−35; rapporten följer D+30, en tjänst öppen dygnet runt 24/7.\n"),
    ("A transaction executed on 14 June 2024 at 10:15:30.123456 UTC must be reported by 23:59:59.\n",
     "En transaktion som genomförs den 14 juni 2024 kl. 10.15.30,123456 UTC ska rapporteras senast kl. 23.59.59.\n"),
    ("For point A(8) of Annex I, see point A.7(b) and point B.7.\n| A.8 | Long firearms | 11 |\n",
     "När det gäller punkt A.8 i bilaga I, se punkt A.7 b och punkt B.7.\n| A.8 | Långa skjutvapen | 11 |\n"),
    ("Colours E 150a and E 160a(iv) are permitted; E 160a(iv) at 0.5% (w/w).\n",
     "Färgämnena E 150a och E 160a(iv) är tillåtna; E 160a(iv) vid 0,5 % (vikt/vikt).\n"),
    ("Prices fell to EUR 1,905/t, only 12% above the intervention price and 3.1% above the five-year average.\n",
     "Priserna sjönk till 1 905 euro/t, endast 12 % över interventionspriset och 3,1 % över femårsgenomsnittet.\n"),
    ("It applies from 1 July 2026 or, if later, the date of entry into force, two days before the ex-date.\n",
     "Den ska tillämpas från och med den 1 juli 2026 eller, om den infaller senare, dagen för ikraftträdandet, två dagar före x-dagen.\n"),
]
for index, (en_text, sv_text) in enumerate(constructs):
    en_bytes, sv_bytes = en_text.encode("utf-8"), sv_text.encode("utf-8")
    write("values", bytes([0]) + en_bytes)
    write("values", bytes([1]) + sv_bytes)
    write("segment", bytes([index % 2]) + (en_bytes if index % 2 == 0 else sv_bytes))
    write("pipeline", bytes([index % 4]) + en_bytes + b"\xff" + sv_bytes)
