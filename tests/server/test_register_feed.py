"""The server applies Enhetsregisteret's update feed (saved pages in tests/data/register-feed, in
the API's HAL form): register facts only, flags and follow-ups, timeline lines, a cursor that
makes a re-run change nothing, and gaps or malformed pages refused with nothing applied.
On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sync.kernel.ids import company_id_for_orgnr
from sync.register_feed import FeedError, continuing, fetch_pages, parse_page, read_pages
from sync.server.cli import main
from sync.server.models import ServerMeta
from sync.server.register_feed import import_pages, read_cursor
from sync.server.users import set_active
from tests.server.harness import Api, ServerHarness, mutation, visit_fields

FEED = Path(__file__).parents[1] / "data" / "register-feed"
ANDHOLDING, TINDEN, FINNSNES, JMB, BARDU = "927717468", "919602139", "980394654", "913212193", "864993982"
SUBUNIT = "974438119"
NEW_UNIT = "928374653"


def _company(orgnr: str, name: str, **more: Any) -> dict[str, Any]:
    return {"orgnr": orgnr, "source": "register", "name": name, "legal_form": "AS",
            "business_address": "Storgata 36", "business_postcode": "9300", "business_city": "FINNSNES",
            "municipality_number": "5530", "municipality_name": "Senja", "county_number": "55",
            "is_subunit": False, "bankrupt": False, "under_liquidation": False,
            "forced_dissolution": False, **more}


def _seed(harness: ServerHarness) -> tuple[Api, dict[str, str]]:
    """Kari's laptop sent five register companies she owns (with her own fields) and visits."""
    kari = harness.new_user("kari")
    ids = {orgnr: company_id_for_orgnr(orgnr)
           for orgnr in (ANDHOLDING, TINDEN, FINNSNES, JMB, BARDU, SUBUNIT)}
    own = {"owner_id": kari.user_id, "lb_status": "potential", "phone": "+47 900 11 222",
           "hunter_notes": "Daglig leder vil ha lærling i tømrerfaget", "tags": ["kampanje-2026"]}
    mutations = [
        mutation(1, "create", "company", ids[ANDHOLDING], **_company(ANDHOLDING, "ANDHOLDING AS", **own)),
        mutation(2, "create", "company", ids[TINDEN], **_company(
            TINDEN, "TINDEN BYGGSERVICE AS", business_address="Øvre Solligården 2",
            business_postcode="9020", business_city="TROMSDALEN")),
        mutation(3, "create", "company", ids[FINNSNES], **_company(FINNSNES, "FINNSNES FOTO AS", **own)),
        mutation(4, "create", "company", ids[JMB], **_company(JMB, "JMB PRODUKSJONER JAMIE BIVARD", **own)),
        mutation(5, "create", "company", ids[BARDU], **_company(BARDU, "BARDU KOMMUNE", employees=840)),
        mutation(6, "create", "company", ids[SUBUNIT], **_company(
            SUBUNIT, "VARANGERBONDEN", is_subunit=True, business_address="Rávttebelgeainu 52")),
        mutation(7, "create", "visit", "01900000-0000-7000-8000-000000000001",
                 **visit_fields(kari.user_id, ids[FINNSNES])),
        mutation(8, "create", "visit", "01900000-0000-7000-8000-000000000002",
                 **visit_fields(kari.user_id, ids[JMB])),
    ]
    results = kari.push(mutations)["results"]
    assert all(r["status"] == "applied" for r in results), results
    return kari, ids


def _records(harness: ServerHarness, entity: str) -> list[dict[str, Any]]:
    return [{"id": r[1], **json.loads(r[5])} for r in harness.dump()["records"] if r[0] == entity]


def test_feed_applies_register_facts_flags_and_follows_up(harness: ServerHarness) -> None:
    kari, ids = _seed(harness)
    report = import_pages(harness.db, read_pages([FEED / "first"]))
    assert report.cursors == {"enheter": (0, 1010), "underenheter": (0, 501)}
    assert report.changes == 8 and report.companies_new == 1 and report.not_held == 1

    # A name change: the register's name, and every field the hunter entered as it was.
    andholding = harness.record("company", ids[ANDHOLDING])
    assert andholding is not None
    assert andholding["fields"]["name"] == "ANDHOLDING NORD AS"
    for name, value in {"owner_id": kari.user_id, "lb_status": "potential", "phone": "+47 900 11 222",
                        "hunter_notes": "Daglig leder vil ha lærling i tømrerfaget",
                        "tags": ["kampanje-2026"]}.items():
        assert andholding["fields"][name] == value

    # Bankrupt and deleted: flagged, not deleted, visits kept, the owner followed up.
    finnsnes = harness.record("company", ids[FINNSNES])
    jmb = harness.record("company", ids[JMB])
    assert finnsnes is not None and jmb is not None
    assert finnsnes["fields"]["bankrupt"] is True and not finnsnes["deleted"]
    assert jmb["fields"]["deregistered_on"] == "2026-11-12" and not jmb["deleted"]
    visits = _records(harness, "visit")
    assert {v["company_id"] for v in visits} == {ids[FINNSNES], ids[JMB]}
    followups = {f["company_id"]: f for f in _records(harness, "followup")}
    assert followups[ids[FINNSNES]]["title"] == "konkurs registrert 12.11.2026"
    assert followups[ids[JMB]]["title"] == "slettet fra Enhetsregisteret 12.11.2026"
    assert {f["assignee_id"] for f in followups.values()} == {kari.user_id}
    assert {f["status"] for f in followups.values()} == {"open"}

    # The timeline: name and address changes, and the flags, as lines of their own.
    lines = {(r["company_id"], r["kind"]): r for r in _records(harness, "register_change")}
    assert lines[(ids[ANDHOLDING], "name")]["old_value"] == "ANDHOLDING AS"
    assert lines[(ids[ANDHOLDING], "name")]["new_value"] == "ANDHOLDING NORD AS"
    assert lines[(ids[TINDEN], "business_address")]["new_value"] == "Storgata 12, 9008 TROMSØ"
    assert (ids[FINNSNES], "bankrupt") in lines and (ids[JMB], "deregistered") in lines
    sub = harness.record("company", ids[SUBUNIT])
    assert sub is not None and sub["fields"]["business_address"] == "Rávttebelgeainu 54"
    new = harness.record("company", company_id_for_orgnr(NEW_UNIT))
    assert new is not None and new["fields"]["municipality_number"] == "5601"
    assert new["fields"]["name"] == "ALTA RØR OG VARME AS" and new["fields"]["lb_status"] == "unknown"
    bardu = harness.record("company", ids[BARDU])
    assert bardu is not None and bardu["fields"]["employees"] == 845

    # Every laptop of the organisation pulls it: the hunter's next pull carries all of it.
    pulled = {(c["entity"], c["record_id"]) for c in kari.pull_all()}
    assert ("company", ids[ANDHOLDING]) in pulled and ("followup", followups[ids[FINNSNES]]["id"]) in pulled
    assert ("register_change", lines[(ids[ANDHOLDING], "name")]["id"]) in pulled

    # A re-run of the same files changes nothing at all.
    before = harness.dump()
    again = import_pages(harness.db, read_pages([FEED / "first"]))
    assert again.changes == 0 and again.replayed == 8 and again.records_written == 0
    assert harness.dump() == before

    # The next day's pages continue from the cursor.
    nxt = import_pages(harness.db, read_pages([FEED / "next"]))
    assert nxt.cursors == {"enheter": (1010, 1012)} and nxt.companies_changed == 1


def test_gap_and_malformed_pages_are_refused_with_nothing_applied(harness: ServerHarness) -> None:
    _seed(harness)
    import_pages(harness.db, read_pages([FEED / "first"]))
    before = harness.dump()

    gap = r"gap in the enheter feed.*end at 1010.*starts at 1200.*oppdateringsid=1011"
    with pytest.raises(FeedError, match=gap):
        import_pages(harness.db, read_pages([FEED / "gap"]))
    # The malformed page's first update is fine; its second says konkurs "ja": neither is applied.
    with pytest.raises(FeedError, match=r"update 1013 \(980394654\): /konkurs is 'ja', not true or false"):
        import_pages(harness.db, read_pages([FEED / "malformed"]))
    assert harness.dump() == before
    assert read_cursor(harness.db, "enheter") == 1010


@pytest.mark.parametrize(("text", "words"), [
    ('{"_embedded": {"oppdaterteEnheter": [{"oppdateringsid": 5}]}}', "organisasjonsnummer"),
    ('{"_embedded": {"oppdaterteEnheter": [{"oppdateringsid": 5, "organisasjonsnummer": "927717469",'
     ' "endringstype": "Endring", "dato": "2026-11-10T07:14:02Z"}]}}', "not a valid organisation number"),
    ('{"_embedded": {"oppdaterteEnheter": [{"oppdateringsid": 5, "organisasjonsnummer": "927717468",'
     ' "endringstype": "Flyttet", "dato": "2026-11-10T07:14:02Z"}]}}', "none of Ukjent, Ny"),
    ('{"_embedded": {"oppdaterteEnheter": [{"oppdateringsid": 5, "organisasjonsnummer": "927717468",'
     ' "endringstype": "Endring", "dato": "i går"}]}}', "is not a time"),
    ('{"_embedded": {"oppdaterteEnheter": [{"oppdateringsid": 5, "organisasjonsnummer": "927717468",'
     ' "endringstype": ["Ny"], "dato": "2026-11-10T07:14:02Z"}]}}', "none of Ukjent, Ny"),
    ('{"_embedded": {"enheter": []}}', "neither oppdaterteEnheter"),
    ('[1, 2]', "no JSON object"),
])
def test_malformed_page_in_words(text: str, words: str) -> None:
    import orjson

    with pytest.raises(FeedError, match=words):
        parse_page(orjson.loads(text), "side.json")


def test_unreadable_file_in_words(tmp_path: Path) -> None:
    cut = tmp_path / "enheter.json"
    cut.write_text((FEED / "first" / "enheter-001000-p0.json").read_text()[:300])
    with pytest.raises(FeedError, match="enheter.json: not readable as JSON"):
        read_pages([cut])


def test_pages_out_of_sequence_are_a_gap() -> None:
    """Page 1 without page 0 of its query: the updates page 0 held are missing."""
    pages = read_pages([FEED / "first" / "enheter-001000-p0.json"])
    assert continuing(pages, 0).last_id == 1006
    later = read_pages([FEED / "first" / "enheter-001000-p1.json"])
    with pytest.raises(FeedError, match="gap"):
        continuing(later, 1001)  # page 0's updates 1003-1006 are not applied: page 1 cannot follow
    assert continuing(later, 1006).last_id == 1010  # its first update, 1007, is the next one


def test_fetch_asks_from_the_cursor_with_a_timeout(tmp_path: Path) -> None:
    """The API client (no network in tests): each request from the last id + 1, includeChanges,
    a timeout, until an empty answer; pages saved as they came."""
    answers = [(FEED / "first" / "enheter-001000-p0.json").read_bytes(),
               (FEED / "first" / "enheter-001000-p2.json").read_bytes()]
    asked: list[tuple[str, float]] = []

    class Answer(io.BytesIO):
        def __enter__(self) -> Answer:
            return self

    def opener(request: urllib.request.Request, timeout: float) -> Answer:
        asked.append((request.full_url, timeout))
        return Answer(answers[len(asked) - 1])

    pages = fetch_pages("enheter", 1000, opener=opener, save_to=tmp_path, size=4)
    assert [url for url, _ in asked] == [
        "https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=1001&size=4&includeChanges=true",
        "https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=1007&size=4&includeChanges=true",
    ]
    assert all(t == 30.0 for _, t in asked)
    assert len(pages) == 2 and len(list(tmp_path.iterdir())) == 2


def test_admin_command(harness: ServerHarness, capsys: pytest.CaptureFixture[str]) -> None:
    _seed(harness)
    url = harness.db.url.render_as_string(hide_password=False)
    assert main(["--database-url", url, "import-register-feed", str(FEED / "first")]) == 0
    out = capsys.readouterr().out
    assert "enheter: cursor 0 → 1010" in out and "1 follow-ups" not in out and "2 follow-ups" in out
    assert main(["--database-url", url, "import-register-feed", str(FEED / "gap")]) == 1
    assert "gap in the enheter feed" in capsys.readouterr().err
    with harness.db.reader() as s:
        key = ServerMeta.key == "register_feed.enheter.cursor"
        assert s.scalar(select(ServerMeta.value).where(key)) == "1010"


def test_leaf_patches_give_what_the_whole_unit_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patches of leaves are applied straight to the facts (fast); the result is the one the
    general way (the unit's JSON patched and read back) gives, on the recorded pages and on the
    bench's mix of updates."""
    from bench.bench_register_feed import make_feed, orgnrs
    from sync import register_feed

    companies = orgnrs(50, 10_000_000)
    make_feed(tmp_path, companies, 1500)
    pages = read_pages([tmp_path, FEED / "first"])
    current = {"name": "BEDRIFT AS", "business_address": "Storgata 1, 2. etasje", "business_postcode": "9008",
               "business_city": "TROMSØ", "municipality_number": "5501", "municipality_name": "Tromsø",
               "county_number": "55", "employees": 3, "is_subunit": False, "bankrupt": False,
               "under_liquidation": False, "forced_dissolution": False, "legal_form": "AS",
               "industry_code": "43.210", "registered_on": "2012-03-01"}
    entries = [(e, p.stream == "underenheter") for p in pages for e in p.entries]
    fast = [register_feed.fact_changes(current, e, sub) for e, sub in entries]
    monkeypatch.setattr(register_feed, "_leaf_changes", lambda *_args: None)
    slow = [register_feed.fact_changes(current, e, sub) for e, sub in entries]
    assert fast == slow
    assert sum(1 for f in fast if f) > 1000


def test_the_quick_orgnr_check_is_the_kernel_check() -> None:
    from sync.kernel.orgnr import orgnr_problem
    from sync.register_feed import _is_orgnr

    for n in range(100_000_000, 100_300_000, 7):
        nr = f"{n + 800_000_000}"
        assert _is_orgnr(nr) == (orgnr_problem(nr) is None), nr
    for text in ("", "12345678", "1234567890", "97476067a", "974 760 673", "９７４７６０６７３"):
        assert not _is_orgnr(text)


def test_record_ids_are_uuid5() -> None:
    import uuid

    from sync import register_feed

    for page in read_pages([FEED / "first"]):
        for entry in page.entries:
            name = f"{page.stream}:{entry.update_id}:{entry.orgnr}:followup"
            expected = str(uuid.uuid5(register_feed._ID_NAMESPACE, name))
            assert register_feed.record_id(page.stream, entry, "followup") == expected


def test_an_owner_who_has_left_gets_no_follow_up(harness: ServerHarness) -> None:
    """Kari left before the register said her companies went bankrupt: the companies are flagged
    and get their timeline lines, but no follow-up is made for her (she is given no work; a
    laptop pushing it would be refused), and the report counts them."""
    _kari, ids = _seed(harness)
    set_active(harness.db, "kari", False)
    report = import_pages(harness.db, read_pages([FEED / "first"]))
    assert report.flagged == 2 and report.followups == 0 and report.owner_gone == 2
    assert _records(harness, "followup") == []
    lines = {(r["company_id"], r["kind"]) for r in _records(harness, "register_change")}
    assert (ids[FINNSNES], "bankrupt") in lines and (ids[JMB], "deregistered") in lines
    assert "2 owners have left" in " ".join(report.lines())
