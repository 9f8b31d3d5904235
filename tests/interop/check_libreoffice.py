"""Interop check: the golden CSVs open right in LibreOffice Calc.

Converts every golden CSV (tests/golden/{csv,register,neutralised}/) with
headless LibreOffice (`soffice --headless --convert-to xlsx`), reads the
resulting spreadsheets (an xlsx is a zip of XML; the standard library is
enough) and compares them cell by cell with the CSV text:

- Japanese text arrives intact (also inside quoted line breaks), the BOM is
  not part of the first header;
- every cell that is a number in the CSV is a *numeric* cell with that value
  (ratings, counts, scores, `3.00`-style decimals), `true`/`false` are
  booleans, every other cell is text equal to the CSV text;
- no cell anywhere is a formula — in particular the neutralised cells of
  `tests/golden/neutralised/technologies.csv` (names starting with `'=`,
  `'+`, `'-`, `'@`, `'＝`) are plain text. A control file with the *raw*
  `=1+2` shows that this LibreOffice would evaluate an un-neutralised cell,
  so the check can fail.

A round trip, as an office that fixes a typo does: every table of
`tests/golden/csv/` and `tests/golden/neutralised/` opened in Calc (the same
default options), saved as .xlsx, converted back to CSV, must re-import into
exactly the workbook it was written from. The comparison is Mamori's own
importer: the script runs the ignored test
`spreadsheet_round_trip_reimports_unchanged` in `tests/exchange.rs` with
`MAMORI_ROUNDTRIP_DIR` pointing at the converted files. Free text that Calc
would turn into a number, date or boolean (`00123` → `123`, `1E5` →
`1.00E+05`, `1/2` → `01/02/26`, `true` → `TRUE`) must have been written with
the neutralising `'` (docs/csv-format.md) for this to pass.

Import options. A user who double-clicks a CSV gets LibreOffice's Text Import
dialog, where the character set is chosen (separator comma and quote `"` are
the defaults). Headless conversion has no dialog; with no filter options at
all, LibreOffice 7.4 decodes the file in its default 8-bit character set and
ignores the BOM, so Japanese is garbled (printed below as a note, not
asserted). The check therefore passes only the character set, as a user
picks "Unicode (UTF-8)" in the dialog: `--infilter=CSV:44,34,76` (comma,
double quote, UTF-8); everything else — detection of numbers, formula
evaluation — stays at LibreOffice's default.

Run: python3 tests/interop/check_libreoffice.py (needs `soffice` on PATH;
Debian: `apt-get install --no-install-recommends libreoffice-calc-nogui`;
and `cargo`, which builds and runs the re-import test).
Exits non-zero on the first failure.
"""

import csv
import io
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "golden"
SETS = ("csv", "register", "neutralised")
UTF8_ONLY = "CSV:44,34,76"
# Back to CSV as "File > Save As > Text CSV" with its default options, in
# UTF-8 (comma, double quote, UTF-8).
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76"
ROUNDTRIP_SETS = ("csv", "neutralised")
ROUNDTRIP_TEST = "spreadsheet_round_trip_reimports_unchanged"
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
NUMBER = re.compile(r"-?\d+(\.\d+)?")
# Dates and timestamps: LibreOffice may take an ISO date as a date (a
# number with a date format) — both are fine for a reader.
DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")


def soffice():
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        sys.exit("check_libreoffice: soffice not found (apt-get install libreoffice-calc-nogui)")
    return exe


def convert(files, outdir, profile, infilter=None, to="xlsx"):
    """Converts files in one soffice run (a fresh profile, no dialogs)."""
    cmd = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
           "--norestore", "--convert-to", to, "--outdir", str(outdir)]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += [str(f) for f in files]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def read_xlsx(path):
    """Rows of the first sheet as {col: (type, value, has_formula)}."""
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t")))
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = {}
    for row in sheet.iter(f"{{{NS['m']}}}row"):
        cells = {}
        for c in row.findall("m:c", NS):
            kind = c.get("t", "n")
            v = c.find("m:v", NS)
            value = v.text if v is not None else None
            if kind == "s" and value is not None:
                value = shared[int(value)]
            elif kind == "inlineStr":
                value = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
                kind = "s"
            cells[column_index(c.get("r"))] = (kind, value, c.find("m:f", NS) is not None)
        rows[int(row.get("r")) - 1] = cells
    return rows


def csv_rows(path):
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def compare(name, expected, got):
    """Asserts every cell; returns (numeric, text) cell counts."""
    numeric = text = 0
    for r, row in enumerate(expected):
        for c, want in enumerate(row):
            cell = got.get(r, {}).get(c)
            head = expected[0][c] if c < len(expected[0]) else "?"
            where = f"{name} row {r + 1} col {c + 1} ({head})"
            if want == "":
                assert cell is None or cell[1] in (None, ""), f"{where}: want empty, got {cell}"
                continue
            assert cell is not None, f"{where}: missing, want {want!r}"
            kind, value, formula = cell
            assert not formula, f"{where}: a formula: {cell}"
            if r > 0 and NUMBER.fullmatch(want):
                assert kind == "n", f"{where}: want a number {want}, got {cell}"
                assert float(value) == float(want), f"{where}: {value} != {want}"
                numeric += 1
            elif r > 0 and want in ("true", "false"):
                assert kind == "b", f"{where}: want a boolean, got {cell}"
                assert value == ("1" if want == "true" else "0"), f"{where}: {cell}"
            elif r > 0 and DATE.fullmatch(want) and kind == "n":
                pass
            else:
                assert kind in ("s", "str"), f"{where}: want text {want!r}, got {cell}"
                assert value == want, f"{where}: {value!r} != {want!r}"
                text += 1
    extra = [r for r in got if r >= len(expected) and any(v[1] for v in got[r].values())]
    assert not extra, f"{name}: extra rows {extra}"
    return numeric, text


def reimport(inputs, out, d, profile):
    """Converts the .xlsx of the round-trip sets back to CSV and has Mamori's
    importer compare them with the workbooks they were written from."""
    back = d / "back"
    xlsx = [out / (dst.stem + ".xlsx") for f, dst in inputs
            if f.parent.name in ROUNDTRIP_SETS]
    convert(xlsx, back, profile, to=CSV_UTF8)
    roundtrip = d / "roundtrip"
    for f, dst in inputs:
        if f.parent.name in ROUNDTRIP_SETS:
            (roundtrip / f.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(back / (dst.stem + ".csv"), roundtrip / f.parent.name / f.name)
    # The case that matters most, shown in the log: text that looks like a
    # number came back as it went in (with its neutralising apostrophe).
    names = [row[2] for row in csv_rows(roundtrip / "neutralised" / "technologies.csv")[1:]]
    print(f"round trip: technology names after Calc {names}")
    # Under `cargo xtask test` the cargo that runs xtask (and its target dir).
    cargo = os.environ.get("CARGO") or shutil.which("cargo")
    if not cargo:
        sys.exit("check_libreoffice: cargo not found (needed for the re-import check)")
    env = dict(os.environ, MAMORI_ROUNDTRIP_DIR=str(roundtrip))
    done = subprocess.run(
        [cargo, "test", "--locked", "--quiet", "--test", "exchange", "--", "--ignored", "--exact",
         ROUNDTRIP_TEST],
        cwd=ROOT.parent, env=env, timeout=1800)
    assert done.returncode == 0, ("the golden tables saved back by LibreOffice do not "
                                  "re-import unchanged (see the test output above)")


def main():
    files = [f for s in SETS for f in sorted((GOLDEN / s).glob("*.csv"))]
    assert files, "no golden CSVs"
    with tempfile.TemporaryDirectory() as d:
        d = pathlib.Path(d)
        profile = d / "profile"
        # One folder, names prefixed by their set (csv/ and neutralised/
        # both hold a technologies.csv), so one soffice run converts all.
        indir = d / "in"
        indir.mkdir()
        inputs = []
        for f in files:
            dst = indir / f"{f.parent.name}__{f.name}"
            shutil.copy(f, dst)
            inputs.append((f, dst))
        control = indir / "control__raw_formula.csv"
        control.write_bytes("\ufeffa,b\r\n=1+2,'=1+2\r\n".encode("utf-8"))

        # As a double-click without choosing anything (a note, not a check).
        plain = d / "plain"
        first = inputs[0][1]
        convert([first], plain, profile)
        sample = next(
            (v[1] for row in read_xlsx(plain / (first.stem + ".xlsx")).values()
             for v in row.values() if v[1] and not v[1].isascii()), None)
        print(f"note: with no filter options LibreOffice decodes {first.name} as "
              f"{'UTF-8' if sample is None else 'its default 8-bit set: ' + repr(sample[:12])}")

        numeric = text = 0
        out = d / "out"
        convert(sorted(indir.glob("*.csv")), out, profile, UTF8_ONLY)
        for f, dst in inputs:
            got = read_xlsx(out / (dst.stem + ".xlsx"))
            n, t = compare(f"{f.parent.name}/{f.name}", csv_rows(f), got)
            numeric += n
            text += t
        raw = read_xlsx(out / "control__raw_formula.xlsx")
        assert raw[1][0][2], f"control: this LibreOffice no longer evaluates =1+2 ({raw[1][0]})"
        assert raw[1][1] == ("s", "'=1+2", False), raw[1][1]

        # The cells that matter most, by name.
        tech = read_xlsx(out / "neutralised__technologies.xlsx")
        header = [tech[0][c][1] for c in sorted(tech[0])]
        name = header.index("name")
        names = [tech[r][name][1] for r in sorted(tech) if r > 0]
        for hostile in ("'=1+2 危険な名前", "'+81 3 1234 5678", "'-5", "'@SUM(A1:A2)", "'＝全角の式",
                        "'00123"):
            assert hostile in names, (hostile, names)
        # Text that looks like a value arrives as text, apostrophe and all.
        cells = {tech[r][c][1] for r in tech if r > 0 for c in tech[r]
                 if tech[r][c][0] in ("s", "str")}
        for looks in ("'1E5", "'1/2", "'2025-06-01", "'50%", "'TRUE", "'１２３", "'12:30"):
            assert looks in cells, (looks, sorted(cells))
        for col in ("market_importance", "criticality", "rank", "access_internal_count"):
            kinds = {tech[r][header.index(col)][0] for r in tech if r > 0
                     if header.index(col) in tech[r]}
            assert kinds == {"n"}, (col, kinds)
        assert header[0] == "workbook_id", header[0]

        reimport(inputs, out, d, profile)
    print(f"libreoffice: {len(files)} golden files, {numeric} numeric and {text} text cells "
          "as expected, no formula; the tables saved back re-import unchanged; passed")


if __name__ == "__main__":
    main()
