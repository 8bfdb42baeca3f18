"""The county prefilter (a cheap look at the raw line before the CSV parse) never drops a row the
full parse would keep: checked on the real Troms/Finnmark sample, on the same rows with line
breaks, commas and quotes inside their quoted fields, and on rows of other counties that carry a
Troms-looking number elsewhere (a postcode "5501" is Haugesund's)."""

from __future__ import annotations

import csv
from pathlib import Path

from lpj_desktop.domain import regions
from lpj_desktop.importers.brreg import import_register
from lpj_desktop.importers.register_file import RegisterFile
from lpj_desktop.store.database import Store


def _rows(sample: Path) -> tuple[list[str], list[list[str]]]:
    with sample.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        return next(reader), list(reader)


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL).writerows([header, *rows])
    return path


def _kept_by_full_parse(header: list[str], rows: list[list[str]]) -> set[str]:
    i_muni = header.index("forretningsadresse.kommunenummer")
    i_post = header.index("postadresse.kommunenummer")
    i_nr = header.index("organisasjonsnummer")
    return {r[i_nr] for r in rows
            if regions.county_of(r[i_muni].strip() or r[i_post].strip()) in ("55", "56")}


def test_prefilter_keeps_every_row_the_full_parse_keeps(store: Store, brreg_sample: Path,
                                                        tmp_path: Path) -> None:
    header, rows = _rows(brreg_sample)
    col = {name: i for i, name in enumerate(header)}
    tricky = []
    for n, row in enumerate(rows):
        row = list(row)
        if n % 3 == 0:  # a quoted field with a line break, a comma and a quote in it
            row[col["navn"]] = f'{row[col["navn"]]}\n, "AVD, NORD"'
        if n % 4 == 1:  # another county's unit whose postcode looks like a Troms municipality number
            row[col["forretningsadresse.kommunenummer"]] = "1106"
            row[col["postadresse.kommunenummer"]] = "1106"
            row[col["forretningsadresse.postnummer"]] = "5501"
        if n % 4 == 2:  # another county's unit with nothing Troms-looking: skipped unparsed
            row[col["forretningsadresse.kommunenummer"]] = "4601"
            row[col["postadresse.kommunenummer"]] = "4601"
            for name in ("forretningsadresse.postnummer", "postadresse.postnummer"):
                row[col[name]] = "5003" if row[col[name]] else ""
        tricky.append(row)
    path = _write(tmp_path / "tricky.csv", header, tricky)
    expected = _kept_by_full_parse(header, tricky)
    assert 100 < len(expected) < len(tricky)

    with RegisterFile(path) as source:  # the prefilter did skip rows without parsing them
        list(source.rows({m.number for m in regions.municipalities_in({"55", "56"})}))
        assert source.prefiltered > 0 and source.records == len(tricky)
    summary = import_register(store, path, counties={"55", "56"})
    assert summary.new == len(expected)
    with store.reader() as s:
        from sqlalchemy import select

        from lpj_desktop.store.models import Company

        assert set(s.scalars(select(Company.orgnr))) == expected
