"""Interop check: the golden CSVs load in pandas and DuckDB with the right types.

Numbers must arrive as numbers, "not rated" as missing, Japanese text intact
and the BOM invisible. Also loads a folder of several labs the way
docs/csv-format.md tells offices to. Run: python3 tests/interop/check_golden.py
(needs `pip install pandas duckdb`). Exits non-zero on the first failure.
"""

import pathlib
import re
import shutil
import sys
import tempfile

import duckdb
import pandas as pd

GOLDEN = pathlib.Path(__file__).resolve().parent.parent / "golden" / "csv"


def format_version():
    """The CSV format version the goldens were written in: the Rust constant
    (read from the source, so a version bump needs no edit here)."""
    src = (pathlib.Path(__file__).resolve().parents[2] / "src/domain/exchange/mod.rs").read_text(encoding="utf-8")
    return int(re.search(r"pub const FORMAT_VERSION: u32 = (\d+);", src).group(1))


def check_pandas():
    tech = pd.read_csv(GOLDEN / "technologies.csv", encoding="utf-8-sig",
                       keep_default_na=False, na_values=[""])
    assert tech.columns[0] == "workbook_id", tech.columns[0]  # BOM not in the name
    assert pd.api.types.is_numeric_dtype(tech["market_importance"]), tech.dtypes
    assert pd.api.types.is_float_dtype(tech["criticality"]), tech.dtypes
    assert tech["name"].str.contains("GaN結晶成長レシピ").any()
    # A list cell: items on separate lines.
    assert "\n" in tech["storage_locations"].iloc[0]
    scen = pd.read_csv(GOLDEN / "scenarios.csv", encoding="utf-8-sig",
                       keep_default_na=False, na_values=[""])
    assert pd.api.types.is_integer_dtype(scen["risk_score"]) or \
        pd.api.types.is_float_dtype(scen["risk_score"]), scen.dtypes
    assert set(scen["risk_level"].dropna()) <= {"very_low", "low", "medium", "high", "very_high"}
    wb = pd.read_csv(GOLDEN / "workbook.csv", encoding="utf-8-sig")
    assert int(wb["format_version"].iloc[0]) == format_version()
    # Format 3: where each catalogue-made scenario comes from.
    assert scen["source"].str.match(r"^(derived from )?00[0-4] §").all(), scen["source"]
    # Format 4: the threat and sum behind each score, as integers, and what
    # the tiers rank by.
    for col in ("threat_level", "likelihood_sum", "risk_points"):
        assert pd.api.types.is_integer_dtype(scen[col]), (col, scen.dtypes)
    assert list(scen.columns[-4:]) == ["threat_level", "threat_level_basis", "likelihood_sum", "risk_points"]
    assert (scen["risk_points"] == scen["likelihood_sum"] * scen["impact"].fillna(0)).where(scen["impact"].notna(), True).all()
    assert set(scen["threat_level_basis"]) <= {"assessed", "assumed_no_actor", "assumed_not_assessed"}
    assert wb["tier_basis"].iloc[0] in ("criticality", "criticality_x_threat"), wb["tier_basis"]
    assert pd.api.types.is_float_dtype(tech["ranking_score"]), tech.dtypes
    # Format 2: the row count of every other table, "name=n;…", as written.
    counts = dict(part.split("=") for part in wb["table_rows"].iloc[0].split(";"))
    assert int(counts["technologies"]) == len(tech), counts
    assert int(counts["scenarios"]) == len(scen), counts
    # Format 5: people and access links join to technologies; the flag and
    # the checklist read as booleans, the judged date as a date.
    people = pd.read_csv(GOLDEN / "people.csv", encoding="utf-8-sig",
                         keep_default_na=False, na_values=[""])
    access = pd.read_csv(GOLDEN / "access.csv", encoding="utf-8-sig",
                         keep_default_na=False, na_values=[""])
    assert int(counts["people"]) == len(people) and int(counts["access"]) == len(access), counts
    assert pd.api.types.is_bool_dtype(access["key_person"]), access.dtypes
    assert pd.api.types.is_bool_dtype(tech["licence_flag"]), tech.dtypes
    joined = access.merge(people, on=["workbook_id", "person_id"]).merge(
        tech[["workbook_id", "technology_id", "licence_flag"]], on=["workbook_id", "technology_id"])
    assert len(joined) == len(access), joined
    assert joined.loc[joined["licence_flag"], "declaration"].isin(
        ["category_one", "category_two", "category_three", "not_submitted"]).any() or \
        (joined.loc[joined["licence_flag"], "residency"] != "resident").any()
    assert pd.to_datetime(tech["export_judged_on"].dropna()).notna().all()


def check_duckdb():
    con = duckdb.connect()
    tech = con.execute(
        f"select * from read_csv('{GOLDEN / 'technologies.csv'}', header=true)"
    ).fetchdf()
    assert tech.columns[0] == "workbook_id", tech.columns[0]
    described = con.execute(
        f"describe select * from read_csv('{GOLDEN / 'technologies.csv'}', header=true)"
    ).fetchall()
    types = {row[0]: row[1] for row in described}
    assert types["market_importance"] in ("BIGINT", "INTEGER", "TINYINT", "SMALLINT"), types
    assert types["criticality"] in ("DOUBLE", "FLOAT", "DECIMAL(3,2)"), types
    assert types["technology_id"] == "UUID" or types["technology_id"] == "VARCHAR", types
    assert any("GaN結晶成長レシピ" in n for n in tech["name"])
    assert types["licence_flag"] == "BOOLEAN", types
    flagged = con.execute(
        f"select count(*) from read_csv('{GOLDEN / 'access.csv'}', header=true) a "
        f"join read_csv('{GOLDEN / 'technologies.csv'}', header=true) t using (workbook_id, technology_id) "
        "where t.licence_flag"
    ).fetchone()
    assert flagged[0] >= 1, flagged

    # A folder of labs, each with its own export folder.
    with tempfile.TemporaryDirectory() as d:
        for lab in ("lab-a", "lab-b"):
            shutil.copytree(GOLDEN, pathlib.Path(d) / lab)
        rows = con.execute(
            f"select tier, count(*) from read_csv('{d}/*/technologies.csv', union_by_name=true) "
            "group by tier order by tier"
        ).fetchall()
        total = sum(n for _, n in rows)
        assert total == 2 * len(tech), rows
        levels = con.execute(
            f"select risk_level, count(*) from read_csv('{d}/*/scenarios.csv', union_by_name=true) "
            "group by all"
        ).fetchall()
        assert levels, levels
        # An office ranks every lab's scenarios by the exported score and points.
        top = con.execute(
            f"select risk_score, risk_points from read_csv('{d}/*/scenarios.csv', union_by_name=true) "
            "order by risk_score desc, risk_points desc limit 1"
        ).fetchall()
        assert top == [(20, 85)], top


def check_workshop():
    """Format 5: every workshop rating reads as a number, an abstention as missing."""
    ratings = pd.read_csv(GOLDEN.parent / "csv-workshop" / "workshop_ratings.csv", encoding="utf-8-sig")
    assert pd.api.types.is_numeric_dtype(ratings["value"]), ratings.dtypes
    assert ratings["value"].isna().sum() == 1, ratings
    spread = ratings[ratings["pass"] == 1].groupby("axis")["value"].agg(["median", "min", "max"])
    assert spread.loc["market_importance"].tolist() == [4.0, 2.0, 5.0], spread


if __name__ == "__main__":
    check_pandas()
    check_duckdb()
    check_workshop()
    print("interop: 3 passed, 0 failed")
    sys.exit(0)
