"""The `lpj` command line: real stores in temp folders, exit codes and what a user reads."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from lpj_desktop.cli.main import main
from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import open_store
from lpj_desktop.store.models import Visit
from sync.kernel.orgnr import with_check_digit

REPO = Path(__file__).resolve().parents[2]


def lpj(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_import_then_search_and_show(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     brreg_sample: Path) -> None:
    status, out, _ = lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample))
    assert status == 0
    assert "nye" in out and " 211" in out and "enheter CSV" in out
    status, out, _ = lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample))
    assert status == 0 and "uendret" in out
    assert [line.split()[-1] for line in out.splitlines() if line.strip().startswith("uendret")] == ["211"]

    status, out, _ = lpj(capsys, tmp_path, "companies", "search", "rørlegger")
    assert status == 0
    assert out.splitlines()[0].split() == ["Org.nr.", "Navn", "Kommune", "Lærebedrift", "Stadium"]
    assert any("958844387" in line and "RØRLEGGEREN TROMSØ AS" in line and "Tromsø" in line
               for line in out.splitlines())
    status, out, _ = lpj(capsys, tmp_path, "companies", "search", "9588443")
    assert status == 0 and "958844387" in out
    status, out, _ = lpj(capsys, tmp_path, "companies", "search", "Vadsø")
    assert status == 0 and "SYKEHUSINNKJØP HF" in out

    status, out, _ = lpj(capsys, tmp_path, "companies", "show", "958 844 387")
    assert status == 0
    assert "43.221 Rørleggerarbeid" in out and "5501 Tromsø" in out and "Besøk (0)" in out
    assert "Ingen kontakt ennå" in out and "Ukjent" in out  # stage and status in words
    assert "unknown" not in out


def test_visits_and_company_read_in_norwegian_words_and_dates(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path, brreg_sample: Path) -> None:
    lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample))
    when = (datetime.now() - timedelta(days=1)).replace(hour=10, minute=30, second=0, microsecond=0)
    due = date.today() + timedelta(days=7)
    status, out, err = lpj(capsys, tmp_path, "visits", "add", "958844387", "--channel", "phone",
                           "--outcome", "follow_up_agreed", "--when", when.strftime("%d.%m.%Y %H:%M"),
                           "--next-step", "Ringe fagansvarlig", "--next-on", due.strftime("%d.%m.%Y"))
    assert status == 0, err
    assert f"Besøk {when:%d.%m.%Y %H:%M} hos RØRLEGGEREN TROMSØ AS er registrert" in out
    assert f"med oppfølging {due:%d.%m.%Y}" in out and "Stadium nå: Avtalt oppfølging" in out

    status, out, _ = lpj(capsys, tmp_path, "companies", "show", "958844387")
    assert status == 0
    assert "Besøk (1)" in out and "Stadium:" in out
    table = out.split("Besøk (1)")[1].splitlines()
    assert table[1].split()[:4] == ["Tidspunkt", "Kontaktform", "Utfall", "Neste"]
    row = table[3]
    assert row.startswith(f"{when:%d.%m.%Y %H:%M}") and "Telefon" in row and "Avtalt oppfølging" in row
    assert f"Ringe fagansvarlig {due:%d.%m.%Y}" in row
    assert "phone" not in out and "follow_up_agreed" not in out and f"{due.isoformat()}" not in out

    status, out, _ = lpj(capsys, tmp_path, "companies", "search", "rørlegger")
    line = next(x for x in out.splitlines() if "958844387" in x)
    assert "Avtalt oppfølging" in line


def test_errors_are_one_line_and_non_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          brreg_sample: Path) -> None:
    lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample))
    unknown = with_check_digit("12345678")
    assert unknown is not None
    cases = {
        ("companies", "show", unknown): "ingen bedrift med organisasjonsnummer",
        ("companies", "show", "958844388"): "kontrollsifferet stemmer ikke",
        ("visits", "add", "958844388", "--channel", "phone", "--outcome", "not_reached"):
            "kontrollsifferet stemmer ikke",
        ("visits", "add", "958844387", "--channel", "phone", "--outcome", "not_reached",
         "--when", "31.02.2026 10:00"): "den dagen finnes ikke i kalenderen",
        ("visits", "add", "958844387", "--channel", "phone", "--outcome", "not_reached",
         "--when", "i går kl. 25:99"): "er ikke et klokkeslett",
        ("import", "brreg", str(tmp_path / "missing.csv")): "fila finnes ikke",
        ("import", "brreg", str(REPO / "pyproject.toml")): "not an Enhetsregisteret file",
        ("import", "brreg", str(brreg_sample), "--county", "123"): "ikke et fylkenummer",
        ("import", "brreg", str(brreg_sample), "--county", "Atlantis"): "ukjent fylke: Atlantis",
        ("export", "visits", str(tmp_path / "visits.txt")): "--format",
    }
    for args, expected in cases.items():
        status, _, err = lpj(capsys, tmp_path, *args)
        assert status != 0, args
        assert err.count("\n") == 1 and err.startswith("lpj: ") and expected in err, (args, err)


def test_municipalities_by_every_official_name(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              brreg_sample: Path) -> None:
    karasjok = {"991116834", "969299739", "928684385", "927075490"}
    kautokeino = {"976559010", "982745608", "918145699", "979675119", "919807342"}

    def orgnrs(out: str) -> set[str]:
        return {line.split()[0] for line in out.splitlines()[2:] if line[:1].isdigit()}

    # Import only what the options name, by Norwegian and Sami names.
    status, out, err = lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample),
                           "--municipality", "karasjok,Guovdageaidnu")
    assert status == 0, err
    assert [line.split()[-1] for line in out.splitlines() if line.strip().startswith("nye")] == ["9"]
    # A store an older app filled: one company keeps only the Sami form of its municipality.
    with sqlite3.connect(tmp_path / "lpj.sqlite3") as db:
        db.execute("UPDATE company SET municipality_name = 'Kárášjohka' WHERE orgnr = '991116834'")
    for text in ("Karasjok", "Kárášjohka", "karasjohka"):
        status, out, _ = lpj(capsys, tmp_path, "companies", "search", text)
        assert status == 0 and orgnrs(out) == karasjok, text
        assert all("Karasjok – Kárášjohka" in line for line in out.splitlines()[2:] if line[:1].isdigit())
    status, out, _ = lpj(capsys, tmp_path, "companies", "search", "Kautokeino")
    assert orgnrs(out) == kautokeino
    status, out, _ = lpj(capsys, tmp_path, "companies", "show", "991116834")
    assert status == 0 and "5610 Karasjok – Kárášjohka" in out

    other = tmp_path / "counties"
    status, out, err = lpj(capsys, other, "import", "brreg", str(brreg_sample), "--county", "Romsa")
    assert status == 0, err
    status, out, _ = lpj(capsys, other, "companies", "search", "Tromssa", "--limit", "500")
    assert status == 0 and "Harstad – Hárstták" in out and "Karasjok" not in out
    for option, value, expected in (("--municipality", "Herøy", "Herøy er navnet på flere: "
                                     "Herøy (Møre og Romsdal) (1515), Herøy (Nordland) (1818)"),
                                    ("--municipality", "Atlantis", "ukjent kommune: Atlantis")):
        status, _, err = lpj(capsys, other, "import", "brreg", str(brreg_sample), option, value)
        assert status == 2 and expected in err, err


def test_a_store_from_a_newer_app_is_refused_untouched(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    lpj(capsys, tmp_path, "companies", "search", "x")
    db = tmp_path / "lpj.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    status, _, err = lpj(capsys, tmp_path, "companies", "search", "bygg")
    assert status == 1 and "nyere versjon" in err and err.count("\n") == 1
    assert db.read_bytes() == before


def test_demo_and_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, _ = lpj(capsys, tmp_path, "demo")
    assert status == 0 and "Laget:" in out
    visits = int(out.split("Laget: ")[1].split(" besøk")[0])
    assert visits > 50
    # The demo has a store of its own: the user's own stays empty (and can still log in and sync).
    status, out, _ = lpj(capsys, tmp_path, "export", "visits", "--format", "csv", str(tmp_path / "own.csv"))
    assert status == 0 and "Skrev 0 besøk" in out

    xlsx = tmp_path / "visits.xlsx"
    status, out, _ = lpj(capsys, tmp_path, "--demo", "export", "visits", "--format", "xlsx", str(xlsx))
    assert status == 0 and f"Skrev {visits:,} besøk".replace(",", " ") in out
    sheet = load_workbook(xlsx).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Tidspunkt", "Orgnr", "Bedrift")
    assert len(rows) == visits + 1
    assert all(isinstance(r[0], datetime) for r in rows[1:])  # dates as dates, not text
    assert all(isinstance(r[9], int) for r in rows[1:])  # places as numbers
    assert any(r[12] is not None for r in rows[1:]) and all(
        r[12] is None or isinstance(r[12], datetime) for r in rows[1:])

    csv_path = tmp_path / "visits.csv"
    status, _, _ = lpj(capsys, tmp_path, "--demo", "export", "visits", str(csv_path))
    assert status == 0
    assert len(csv_path.read_text(encoding="utf-8-sig").splitlines()) >= visits + 1

    status, out, _ = lpj(capsys, tmp_path, "demo")
    assert status == 0 and "ingen ny historikk" in out


@pytest.mark.parametrize("args", [
    [], ["import"], ["import", "brreg"], ["companies"], ["companies", "search"], ["companies", "show"],
    ["demo"], ["export"], ["export", "visits"], ["conflicts"], ["conflicts", "list"],
    ["conflicts", "resolve"], ["login"], ["sync"], ["logout"], ["visits"], ["visits", "add"],
    ["files"], ["files", "fetch-originals"],
])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "bruk: lpj" in out and "vis denne hjelpen" in out
    assert "show this help" not in out and "show program" not in out


def test_console_run_shows_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    proc = subprocess.run(
        [sys.executable, "-m", "lpj_desktop.cli.main", "--data-dir", str(tmp_path / "d"), "import", "brreg",
         str(bad)], capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and proc.stderr.startswith("lpj: ")
    assert "gzip" in proc.stderr


def test_place_offered_needs_places_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                       brreg_sample: Path) -> None:
    lpj(capsys, tmp_path, "import", "brreg", str(brreg_sample))
    add = ("visits", "add", "958844387", "--channel", "phone", "--outcome", "place_offered")
    status, out, err = lpj(capsys, tmp_path, *add)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "«Læreplass tilbudt» krever minst én læreplass" in err
    for bad in ("Rørleggerfaget", "Rørleggerfaget=to", "=2"):
        status, _, err = lpj(capsys, tmp_path, *add, "--places", bad)
        assert status == 2 and "fag=antall" in err and err.count("\n") == 1, bad
    status, _, err = lpj(capsys, tmp_path, *add, "--places", "Rørleggerfaget=0")
    assert status == 2 and "mellom 1 og 100" in err
    status, out, err = lpj(capsys, tmp_path, *add, "--places", "Rørleggerfaget=2",
                           "--places", "Bilfaget, lette kjøretøy = 1")
    assert status == 0, err
    assert "Stadium nå: Læreplass tilbudt" in out
    store = open_store(app_paths(tmp_path))
    try:
        with store.reader() as s:
            assert [v.places for v in s.scalars(select(Visit))] == [
                [{"trade": "Rørleggerfaget", "count": 2}, {"trade": "Bilfaget, lette kjøretøy", "count": 1}]]
    finally:
        store.close()
