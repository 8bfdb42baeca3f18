"""The Enhetsregisteret import, on the real Troms/Finnmark sample and files made from it."""

from __future__ import annotations

import gzip
import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lpj_desktop.importers.brreg import RegisterFileError, import_register
from lpj_desktop.paths import AppPaths
from lpj_desktop.services import changes
from lpj_desktop.services.companies import (
    CompanyQuery,
    add_company_by_hand,
    company_by_orgnr,
    search_companies,
    update_hunter_fields,
)
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import Company, Contact, OutboxMutation
from lpj_desktop.store.models.company import REGISTER_FIELDS
from sync.entities import contract_problems
from sync.kernel.ids import company_id_for_orgnr
from tests.importer.register_files import (
    dump,
    many_rows,
    read_sample,
    write_csv,
    write_json,
)


def _count(store: Store, model: type) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _facts(store: Store) -> dict[str, tuple]:
    with store.reader() as s:
        return {c.orgnr: tuple(getattr(c, f) for f in REGISTER_FIELDS) for c in s.scalars(select(Company))}


def _triggers(store: Store) -> list[tuple[str, str]]:
    with store.engine.connect() as conn:
        return list(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all())


def test_real_sample_lands_with_real_values(store: Store, brreg_sample: Path) -> None:
    triggers = _triggers(store)
    summary = import_register(store, brreg_sample)
    assert (summary.rows_read, summary.new, summary.updated, summary.rejected_count) == (211, 211, 0, 0)
    assert summary.skipped == 0  # every sample unit is in Troms or Finnmark
    with store.reader() as s:
        hospital = company_by_orgnr(s, "916879067")
        assert hospital is not None
        assert hospital.id == company_id_for_orgnr("916879067")
        assert hospital.name == "SYKEHUSINNKJØP HF"
        assert (hospital.municipality_number, hospital.municipality_name, hospital.county_number) == (
            "5607", "Vadsø", "56")
        assert hospital.industry_code == "86.101"
        assert hospital.employees == 326
        assert hospital.business_address == "Hermetikken, Tollbugata 7"  # "/n" joined into one line
        assert hospital.registered_on == date(2016, 3, 30)
        plumber = company_by_orgnr(s, "958844387")
        assert plumber is not None
        assert (plumber.name, plumber.municipality_name, plumber.county_number, plumber.industry_code) == (
            "RØRLEGGEREN TROMSØ AS", "Tromsø", "55", "43.221")
        assert plumber.legal_form == "AS" and plumber.source == "register"
        assert plumber.lb_status == "unknown" and plumber.stage is None
    # Register facts do not sync row by row (see the importer's docstring): no outbox rows.
    assert _count(store, OutboxMutation) == 0
    # The search index is complete and its triggers are back as the schema has them.
    assert _triggers(store) == triggers
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO company_fts(company_fts, rank) VALUES ('integrity-check', 1)")
    with store.session() as s:
        add_company_by_hand(s, name="Ny Verkstedbedrift", municipality_number="5601")
    with store.reader() as s:
        assert [r.name for r in search_companies(s, CompanyQuery(text="verksted"))] == ["Ny Verkstedbedrift"]
        assert {r.orgnr for r in search_companies(s, CompanyQuery(text="rørleggeren"))} == {"958844387"}


def test_second_import_changes_nothing(store: Store, brreg_sample: Path) -> None:
    import_register(store, brreg_sample)
    before = dump(store.path)
    again = import_register(store, brreg_sample)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 211)
    assert dump(store.path) == before
    assert _count(store, OutboxMutation) == 0


def test_refresh_updates_register_facts_and_keeps_hunter_fields(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    import_register(store, brreg_sample)
    with store.session() as s:
        company = company_by_orgnr(s, "958844387")
        assert company is not None
        update_hunter_fields(s, company, lb_status="approved_with_apprentices", hunter_notes="Godt møte",
                             tags=["VVS"], phone="99999999", approved_trades=["Rørleggerfaget"])
        changes.create(s, Contact(company_id=company.id, name="Kari Nordmann", role="fagansvarlig"))
    outbox_before = _count(store, OutboxMutation)

    header, rows = read_sample(brreg_sample)
    changed = [list(r) for r in rows]
    for r in changed:
        if r[0] == "958844387":
            r[header.index("navn")] = "RØRLEGGEREN TROMSØ AS AVD SENTRUM"
            r[header.index("antallAnsatte")] = "12"
            r[header.index("konkurs")] = "true"
    refreshed = import_register(store, write_csv(tmp_path / "refresh.csv", header, changed))
    assert (refreshed.new, refreshed.updated, refreshed.unchanged) == (0, 1, 210)
    assert refreshed.inactive == 1
    with store.reader() as s:
        company = company_by_orgnr(s, "958844387")
        assert company is not None
        assert company.name == "RØRLEGGEREN TROMSØ AS AVD SENTRUM"
        assert company.employees == 12 and company.bankrupt and not company.is_active_in_register
        assert company.deleted_at is None  # flagged, not deleted
        assert company.lb_status == "approved_with_apprentices"
        assert company.hunter_notes == "Godt møte" and company.tags == ["VVS"] and company.phone == "99999999"
        assert company.approved_trades == ["Rørleggerfaget"]
        assert s.scalar(select(func.count()).select_from(Contact)
                        .where(Contact.company_id == company.id)) == 1
    assert _count(store, OutboxMutation) == outbox_before


@pytest.mark.parametrize("kind", ["csv.gz", "json", "json.gz"])
def test_json_and_gzip_variants_give_the_same_store(
        store: Store, brreg_sample: Path, tmp_path: Path, paths: AppPaths, kind: str) -> None:
    import_register(store, brreg_sample)
    expected = _facts(store)
    header, rows = read_sample(brreg_sample)
    # No telling file name: the format is found from the content.
    target = tmp_path / "download.bin"
    if kind.startswith("json"):
        write_json(target, header, rows, gz=kind.endswith(".gz"))
    else:
        write_csv(target, header, rows, gz=True)
    other = open_store(AppPaths(tmp_path / "other", tmp_path / "other" / "logs", tmp_path / "other" / "cfg"))
    try:
        summary = import_register(other, target)
        assert summary.format.kind == kind.split(".")[0]
        assert summary.format.gzip == kind.endswith(".gz")
        assert (summary.new, summary.rejected_count) == (211, 0)
        assert _facts(other) == expected
        again = import_register(other, target)
        assert again.unchanged == 211 and again.written == 0
    finally:
        other.close()


def test_old_54_numbers_count_as_troms_and_finnmark(store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    muni = header.index("forretningsadresse.kommunenummer")
    old = [list(rows[0])]
    old[0][muni] = "5401"  # Tromsø before 2024
    oslo = list(rows[1])
    oslo[muni] = "0301"
    summary = import_register(store, write_csv(tmp_path / "old.csv", header, old + [oslo]))
    assert (summary.new, summary.skipped) == (1, 1)
    with store.reader() as s:
        c = company_by_orgnr(s, rows[0][0])
        assert c is not None and (c.municipality_number, c.county_number) == ("5501", "55")
    everything = import_register(store, tmp_path / "old.csv", all_counties=True)
    assert (everything.new, everything.unchanged, everything.skipped) == (1, 1, 0)
    only_alta = import_register(store, brreg_sample, municipalities={"5403"})  # old Alta number
    assert only_alta.new == 16 and only_alta.skipped == 211 - 16


def test_rejected_rows_have_line_numbers_and_reasons(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    bad = [list(r) for r in rows]
    bad[4][0] = bad[4][0][:8] + str((int(bad[4][0][8]) + 1) % 10)  # file line 6
    bad[9][header.index("navn")] = ""  # line 11
    bad.append(list(rows[0]))  # line 213: a repeat
    bad.append(bad[0][:30])  # line 214: cut short (rows outside the filter are not checked)
    summary = import_register(store, write_csv(tmp_path / "bad.csv", header, bad))
    assert summary.new == 209
    got = [(r.line, r.reason) for r in summary.rejected]
    assert got == [
        (6, "organisation number fails the mod-11 check"),
        (11, "name missing"),
        (213, "organisation number appears earlier in the file"),
        (214, "wrong number of columns"),
    ]
    assert summary.rejected_count == 4


def test_new_columns_and_other_order_do_not_break_it(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    order = list(reversed(range(len(header))))
    new_header = ["epostadresse", "telefon"] + [header[i] for i in order]
    new_rows = [["post@firma.no", "77 00 00 00"] + [r[i] for i in order] for r in rows]
    import_register(store, write_csv(tmp_path / "newer.csv", new_header, new_rows))
    with store.reader() as s:
        c = company_by_orgnr(s, "916879067")
        assert c is not None and c.industry_code == "86.101" and c.municipality_number == "5607"
        assert c.register_email == "post@firma.no" and c.register_phone == "77 00 00 00"


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _bad_files(tmp_path: Path, brreg_sample: Path) -> dict[str, Path]:
    header, rows = read_sample(brreg_sample)
    big = write_csv(tmp_path / "big.csv.gz", header, many_rows(rows, 20_000), gz=True)
    data = big.read_bytes()
    truncated = tmp_path / "truncated.csv.gz"
    truncated.write_bytes(data[: int(len(data) * 0.8)])
    big_json = write_json(tmp_path / "big.json", header, many_rows(rows, 3000))
    cut_json = tmp_path / "cut.json"
    cut_json.write_bytes(big_json.read_bytes()[: int(big_json.stat().st_size * 0.9)])
    wrong = write_csv(tmp_path / "wrong.csv", ["id", "title", "price"], [["1", "Bok", "100"]])
    binary = tmp_path / "picture.csv"
    binary.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    empty_gz = tmp_path / "empty.csv.gz"
    empty_gz.write_bytes(gzip.compress(b""))
    return {"truncated gzip": truncated, "truncated json": cut_json, "wrong header": wrong,
            "binary": binary, "empty": empty, "empty gzip": empty_gz}


def test_bad_files_are_refused_and_leave_the_store_exactly_as_it_was(
        paths: AppPaths, brreg_sample: Path, tmp_path: Path) -> None:
    store = open_store(paths)
    import_register(store, brreg_sample)
    store.close()
    bad_files = _bad_files(tmp_path, brreg_sample)
    for label, bad in bad_files.items():
        before_bytes = _file_hash(paths.database)
        store = open_store(paths)
        before_rows = dump(store.path)
        with pytest.raises(RegisterFileError) as err:
            import_register(store, bad)
        assert bad.name in str(err.value), label
        assert dump(store.path) == before_rows, label
        store.close()
        assert _file_hash(paths.database) == before_bytes, label


def test_late_failure_rolls_back_rows_already_written(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    truncated = _bad_files(tmp_path, brreg_sample)["truncated gzip"]
    seen: list[int] = []
    with pytest.raises(RegisterFileError, match="cut short"):
        import_register(store, truncated, all_counties=True, progress=lambda p: seen.append(p.rows_read))
    assert seen and seen[-1] >= 10_000  # it really got far before failing
    assert _count(store, Company) == 0


def test_cancel_rolls_back(store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    big = write_csv(tmp_path / "big.csv", header, many_rows(rows, 25_000))
    fractions: list[float] = []

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        fractions.append(p.fraction)

    cancelled = import_register(store, big, progress=progress, cancel=lambda: len(fractions) >= 1)
    assert cancelled.cancelled and cancelled.written == 0
    assert _count(store, Company) == 0
    assert 0 < fractions[0] < 1
    done = import_register(store, big, progress=progress)
    assert done.new == 25_000 and fractions[-1] == 1.0


def test_line_breaks_inside_fields_keep_line_numbers_right(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    changed = [list(r) for r in rows[:6]]
    changed[2][header.index("aktivitet")] = "Første linje\nandre linje"  # file lines 4–5
    changed[4][0] = changed[4][0][:8] + str((int(changed[4][0][8]) + 1) % 10)  # starts on line 7
    summary = import_register(store, write_csv(tmp_path / "breaks.csv", header, changed))
    assert summary.new == 5
    assert [(r.line, r.reason) for r in summary.rejected] == [
        (7, "organisation number fails the mod-11 check")]


def test_name_search_gives_the_same_page_whichever_plan_it_takes(
        store: Store, brreg_sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lpj_desktop.services import companies

    header, rows = read_sample(brreg_sample)
    import_register(store, write_csv(tmp_path / "many.csv", header, many_rows(rows, 3000)))
    pages = {}
    for threshold in (10**9, 1):  # sort the matches / walk the name index
        monkeypatch.setattr(companies, "WALK_NAME_INDEX_FROM", threshold)
        with store.reader() as s:
            for text in ("kommune", "as", "holding tromsø", "ANDHOLDING"):
                for descending in (False, True):
                    q = CompanyQuery(text=text, descending=descending)
                    pages[threshold, text, descending] = [r.id for r in search_companies(s, q, limit=50)]
    for (threshold, text, descending), ids in pages.items():
        if threshold == 1:
            assert ids == pages[10**9, text, descending], (text, descending)
    assert len(pages[1, "kommune", False]) == 50


def test_big_json_streams_across_chunks(store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    big = write_json(tmp_path / "enheter.json.gz", header, many_rows(rows, 4000), gz=True)
    assert gzip.decompress(big.read_bytes()).__len__() > 3 * (1 << 20)  # several read chunks
    summary = import_register(store, big)
    assert (summary.rows_read, summary.new, summary.rejected_count) == (4000, 4000, 0)
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Company).where(Company.industry_code.is_not(None))) \
            == sum(1 for i in range(4000) if rows[i % len(rows)][header.index("naeringskode1.kode")])


def test_underenheter_are_workplaces_of_their_parent(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    header, rows = read_sample(brreg_sample)
    sub_header = [h.replace("forretningsadresse.", "beliggenhetsadresse.").replace(
        "stiftelsesdato", "oppstartsdato") for h in header]
    parent = header.index("overordnetEnhet")
    sub_rows = [list(r) for r in many_rows(rows, 20)]
    for r in sub_rows:
        r[parent] = "916879067"
    summary = import_register(store, write_json(tmp_path / "underenheter.json", sub_header, sub_rows))
    assert summary.format.subunits and summary.new == 20
    with store.reader() as s:
        c = company_by_orgnr(s, sub_rows[4][0])
        assert c is not None and c.is_subunit and c.parent_orgnr == "916879067"
        assert c.municipality_number == rows[4][header.index("forretningsadresse.kommunenummer")]


def test_texts_longer_than_the_contract_are_cut_to_fit_and_counted(
        store: Store, brreg_sample: Path, tmp_path: Path) -> None:
    """The server refuses a company whose texts are over the contract's limits, and with it the
    hunter's visits on it; the importer cuts register texts to fit and says how many units."""
    header, rows = read_sample(brreg_sample)
    long = [list(r) for r in rows]
    orgnr = long[0][0]
    long[0][header.index("navn")] = "Lang Bedrift " + "Ord " * 100
    long[0][header.index("hjemmeside")] = "www." + "a" * 400 + ".no"
    summary = import_register(store, write_csv(tmp_path / "long.csv", header, long))
    assert summary.shortened == 1 and summary.rejected_count == 0
    with store.reader() as s:
        c = company_by_orgnr(s, orgnr)
        assert c is not None
        facts = {name: getattr(c, name) for name in REGISTER_FIELDS}
    assert len(c.name) == 300 and c.name.startswith("Lang Bedrift Ord") and c.name.endswith("…")
    assert len(c.website or "") <= 300
    assert contract_problems("company", {k: v for k, v in facts.items() if isinstance(v, str)}) == []
