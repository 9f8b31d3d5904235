#!/usr/bin/env python3
"""Writes the zip seeds of the fuzz targets (committed; rerun after a change):

  fuzz/seeds/zip_expand/*.zip  raw zips for `zip_expand` (first byte 0: one
                               picked file named .zip; 3: four copies)
  fuzz/seeds/csv_import/zip_*  zips of the golden CSVs for `csv_import`
                               (first byte 6: the file is named exports.zip)

Stored, deflated, nested (three levels), Finder-style (folder, __MACOSX/,
._ files), a name without the UTF-8 flag, an empty archive, and the bombs
the reader must refuse: overlapping entries, one entry past the budget,
nested entries that pass it only together, too many entries. Every seed
fits fuzz/run.sh's -max_len=8192. Deterministic (fixed dates).

Usage: python3 fuzz/make_zip_seeds.py
"""
import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
GOLDEN = os.path.join(HERE, "..", "tests", "golden", "csv")
DATE = (2025, 6, 1, 9, 0, 0)
MAX_LEN = 8192


def make_zip(files, method=zipfile.ZIP_STORED, level=None):
    """files: [(name, bytes)]; a name ending in / is a folder."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            if level is not None:
                info._compresslevel = level
            z.writestr(info, data)
    return buf.getvalue()


def deflate_raw(data, level=9):
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def shared_entries(data, names):
    """One deflated local entry listed under every name in the directory:
    the overlapping-entry bomb."""
    comp = deflate_raw(data)
    crc = zlib.crc32(data)
    first = names[0].encode()
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 8, 0, 0,
                        crc, len(comp), len(data), len(first), 0) + first + comp
    cd = b""
    for n in names:
        n = n.encode()
        cd += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0x800, 8,
                          0, 0, crc, len(comp), len(data), len(n), 0, 0, 0, 0, 0,
                          0) + n
    eocd = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(names), len(names),
                       len(cd), len(local), 0)
    return local + cd + eocd


def golden(name):
    with open(os.path.join(GOLDEN, name), "rb") as f:
        return f.read()


def write(folder, name, first, data):
    data = bytes([first]) + data
    assert len(data) <= MAX_LEN, (name, len(data))
    path = os.path.join(HERE, "seeds", folder)
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, name), "wb") as f:
        f.write(data)
    print(f"{folder}/{name}: {len(data)} bytes")


def main():
    small = [("workbook.csv", golden("workbook.csv")),
             ("technologies.csv", golden("technologies.csv"))]
    # Every table but the largest (scenarios.csv) fits in -max_len deflated.
    every = [(n, golden(n)) for n in sorted(os.listdir(GOLDEN))
             if n != "scenarios.csv"]
    stored = make_zip(small)
    deflated = make_zip(small, zipfile.ZIP_DEFLATED)
    level3 = make_zip([("c.zip", make_zip([("t.csv", b"a,b\r\n1,2\r\n")]))])
    nested = make_zip([("lab-a.zip", stored), ("lab-b.zip", level3)])
    finder = make_zip([("labs/", b""), ("labs/t.csv", b"a,b\n"),
                       ("__MACOSX/labs/._t.csv", b"\x00\x05\x16\x07junk"),
                       ("labs/.DS_Store", b"\x00\x00\x00\x01Bud1")],
                      zipfile.ZIP_DEFLATED)
    cp437 = bytearray(make_zip([("t\u00e9.csv", b"x")]))  # UTF-8 flag set
    cd = bytes(cp437).index(b"PK\x01\x02")
    cp437[6:8] = b"\x00\x00"  # no UTF-8 flag, in the local header
    cp437[cd + 8:cd + 10] = b"\x00\x00"  # and in the directory
    empty = b"PK\x05\x06" + b"\x00" * 18
    zeros_3mib = make_zip([("zeros.csv", b"\x00" * (3 << 20))],
                          zipfile.ZIP_DEFLATED, 9)
    one_mib = make_zip([("zeros.csv", b"\x00" * (1 << 20))],
                       zipfile.ZIP_DEFLATED, 9)
    nested_bomb = make_zip([(f"b{i}.zip", one_mib) for i in range(3)])
    overlap = shared_entries(b"\x00" * (256 << 10), [f"z{i}.csv" for i in range(16)])
    many = make_zip([(f"{i}", b"") for i in range(300)], zipfile.ZIP_DEFLATED)
    many_nested = make_zip([("a.zip", many), ("b.zip", many)], zipfile.ZIP_DEFLATED)

    for name, data in [("stored.zip", stored), ("deflated.zip", deflated),
                       ("nested.zip", nested), ("finder.zip", finder),
                       ("cp437_name.zip", bytes(cp437)), ("empty.zip", empty),
                       ("bomb_one_entry.zip", zeros_3mib),
                       ("bomb_nested.zip", nested_bomb),
                       ("bomb_overlap.zip", overlap),
                       ("many_entries_nested.zip", many_nested)]:
        write("zip_expand", name, 0, data)
    # Four copies of a zip picked at once: one budget for them all.
    write("zip_expand", "copies_nested_bomb.bin", 3, one_mib)

    write("csv_import", "zip_stored.seed", 6, stored)
    write("csv_import", "zip_deflated_all_tables.seed", 6,
          make_zip(every, zipfile.ZIP_DEFLATED, 9))
    write("csv_import", "zip_nested.seed", 6,
          make_zip([("lab.zip", deflated), ("more.zip", level3)]))
    write("csv_import", "zip_finder.seed", 6, finder)
    write("csv_import", "zip_bomb_overlap.seed", 6, overlap)


if __name__ == "__main__":
    main()
