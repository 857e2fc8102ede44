"""Build the held-out privacy evaluation set from a hand-written source file.

    .venv/bin/python bench/data/privacy_make_heldout.py

Source: ``bench/data/privacy_heldout_source.txt``: one text per line (``\\n`` in a line is a
newline inside the text; lines starting with ``#`` and empty lines are skipped). Personal data is
marked ``«kind:text»`` with kind one of ``name addr bd phone email iban nn``. In ``nn`` and ``iban``
markers ``#`` characters are check digits filled in by this script:

* ``«nn:85.07.30-033.##»`` (``«nn2:...»`` for people born in 2000 or later), BIS numbers alike;
* ``«iban:BE## 0631 2345 67##»`` (IBAN check digits first, Belgian account check last) and
  ``«iban:NL## INGB 0001 2345 67»`` for foreign accounts (only the IBAN check digits).

Texts after the line ``# ==== batch 2`` get ids ``ho2-...``: they were written after the first
round of rule changes and are kept as an untuned check.

Output: ``bench/data/privacy_heldout.jsonl`` with ``{"id", "text", "spans"}``. Written
independently of ``privacy_make_eval.py`` and without looking at the detector's word lists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from stdnum import iban as std_iban
from stdnum.be import bis, nn

HERE = Path(__file__).resolve().parent
KIND = {
    "name": "person_name",
    "addr": "address",
    "bd": "birth_date",
    "phone": "phone",
    "email": "email",
    "iban": "iban",
    "nn": "national_number",
    "nn2": "national_number",
}
MARK = re.compile(r"«(\w+):(.*?)»", re.S)


def fill_nn(s: str, born_2000: bool) -> str:
    digits = re.sub(r"\D", "", s.replace("#", ""))
    assert len(digits) == 9, s
    base = int(("2" if born_2000 else "") + digits)
    check = 97 - base % 97
    out = s.replace("##", f"{check:02d}", 1)
    d = re.sub(r"\D", "", out)
    assert nn.is_valid(d) or bis.is_valid(d), out
    return out


def fill_iban(s: str) -> str:
    compact = re.sub(r"[\s\-]", "", s).upper()
    country = compact[:2]
    if country == "BE" and compact.endswith("##"):
        acc = compact[4:14]
        c = int(acc) % 97 or 97
        # replace the last "##" in the original string
        i = s.rfind("##")
        s = s[:i] + f"{c:02d}" + s[i + 2 :]
        compact = re.sub(r"[\s\-]", "", s).upper()
    bban = compact[4:]
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(num) % 97
    i = s.find("##")
    s = s[:i] + f"{check:02d}" + s[i + 2 :]
    assert std_iban.is_valid(re.sub(r"[\s\-]", "", s).upper()), s
    return s


def convert(line: str) -> tuple[str, list[dict]]:
    line = line.replace("\\n", "\n")
    text = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(line):
        before = line[pos : m.start()]
        text.append(before)
        length += len(before)
        kind, val = m.group(1), m.group(2)
        if kind in ("nn", "nn2"):
            val = fill_nn(val, kind == "nn2")
        elif kind == "iban" and "#" in val:
            val = fill_iban(val)
        spans.append({"kind": KIND[kind], "start": length, "end": length + len(val)})
        text.append(val)
        length += len(val)
        pos = m.end()
    text.append(line[pos:])
    t = "".join(text)
    assert "«" not in t and "»" not in t, line
    return t, spans


def main() -> None:
    src = (HERE / "privacy_heldout_source.txt").read_text(encoding="utf-8").splitlines()
    rows = []
    prefix = "ho"
    for line in src:
        if line.startswith("# ==== batch 2"):
            prefix = "ho2"  # written after the first rule changes, never tuned on
        if not line.strip() or line.startswith("#"):
            continue
        text, spans = convert(line)
        rows.append({"id": f"{prefix}-{len(rows):03d}", "text": text, "spans": spans})
    out = HERE / "privacy_heldout.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    clean = sum(1 for r in rows if not r["spans"])
    kinds: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(f"{len(rows)} texts, {clean} clean -> {out.name}; spans: {kinds}")


if __name__ == "__main__":
    main()
