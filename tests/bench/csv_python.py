"""Python's csv module (and pandas, if installed) reading the L scenarios CSV
from memory, for the side-by-side with the native `csv` crate (issue 8).

    python3 tests/bench/csv_python.py <L.scenarios.csv> <out.json> [runs]

Prints and writes {"python": "3.x", "csv_module": {...}, "pandas": {...}|null}
with median and p95 in milliseconds. Run by `cargo xtask bench`.
"""

import csv
import io
import json
import math
import platform
import sys
import time


def stats(samples):
    s = sorted(samples)
    q = lambda p: s[min(len(s) - 1, math.ceil(p * len(s)) - 1)]
    return {"median": q(0.5), "p95": q(0.95), "n": len(s)}


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main():
    path, out_path = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    rows = len(list(csv.reader(io.StringIO(text)))) - 1
    result = {
        "python": platform.python_version(),
        "rows": rows,
        "csv_module": stats(timed(lambda: list(csv.reader(io.StringIO(text))), runs)),
        "pandas": None,
    }
    try:
        import pandas

        result["pandas_version"] = pandas.__version__
        result["pandas"] = stats(
            timed(lambda: pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False), runs)
        )
    except ImportError:
        pass
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
