"""`lpj conflicts list` and `lpj conflicts resolve`: a real conflict made by two laptops on the
real server, listed and resolved through `lpj`'s main() on one laptop's store, and the choice
carried to the other laptop by `lpj sync`."""

from __future__ import annotations

from pathlib import Path

import pytest
from live import Client, LiveServer, make_client
from sqlalchemy import select
from test_engine_live import ORGNRS, register_company, visit

from lpj_desktop.cli.main import main
from lpj_desktop.services.companies import update_hunter_fields
from lpj_desktop.store.models import Company, OutboxMutation, SyncConflict


def lpj(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def conflict_on_phone(kari: Client, ola: Client) -> tuple[str, str]:
    """Both edit the same company's phone; Kari's arrives first, Ola's loses. (company, conflict)"""
    cid = register_company(kari, ORGNRS[40], name="Alta Elektro AS")
    visit(kari, cid)
    kari.engine.sync()
    ola.engine.sync()
    with kari.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="11111111")
    with ola.store.session() as s:
        update_hunter_fields(s, s.get(Company, cid), phone="22222222")
    kari.engine.sync()
    assert ola.engine.sync().conflicts == 1
    with ola.store.reader() as s:
        return cid, s.scalars(select(SyncConflict.id)).one()


def test_a_conflict_is_listed_resolved_and_synced_from_the_command_line(
        tmp_path: Path, server: LiveServer, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    cid, conflict_id = conflict_on_phone(kari, ola)

    status, out, err = lpj(capsys, ola.data_dir, "conflicts", "list")
    assert status == 0, err
    lines = out.splitlines()
    assert lines[0] == "Konflikter å løse: 1"
    assert lines[1].split()[:4] == ["ID", "Gjelder", "Felt", "Din"]
    row = lines[3]
    assert row.startswith(conflict_id[-8:])
    assert "Alta Elektro AS" in row and "Telefon" in row
    assert "22222222" in row and "11111111 (Kari)" in row and row.endswith("den andre")
    assert "lpj conflicts resolve ID --keep mine|theirs" in out

    status, out, err = lpj(capsys, ola.data_dir, "conflicts", "resolve", conflict_id[-8:], "--keep", "mine")
    assert status == 0, err
    assert out.strip() == ("Konflikten om «Telefon» på Alta Elektro AS er løst: 22222222 gjelder. "
                           "Valget sendes ved neste `lpj sync`.")
    with ola.store.reader() as s:
        assert s.get(Company, cid).phone == "22222222"
        resolve = s.scalars(select(OutboxMutation).where(OutboxMutation.name == "resolve")).one()
        assert (resolve.state, resolve.record_id, resolve.args["fields"]) == \
            ("pending", conflict_id, {"choice": "mine"})

    status, out, _ = lpj(capsys, ola.data_dir, "conflicts", "list")
    assert status == 0
    assert out.splitlines() == ["Ingen konflikter å løse.", "1 er løst her og sendes ved neste `lpj sync`."]
    status, _, err = lpj(capsys, ola.data_dir, "conflicts", "resolve", conflict_id, "--keep", "theirs")
    assert status == 1 and err.strip() == "lpj: konflikten er allerede løst"

    monkeypatch.setenv("LPJ_TOKEN", ola.token)
    status, out, err = lpj(capsys, ola.data_dir, "sync", "--quiet")
    assert status == 0, err
    kari.engine.sync()
    for laptop in (kari, ola):
        with laptop.store.reader() as s:
            assert s.get(Company, cid).phone == "22222222"
            assert s.get(SyncConflict, conflict_id).resolved_at is not None
    status, out, _ = lpj(capsys, kari.data_dir, "conflicts", "list")
    assert out.strip() == "Ingen konflikter å løse."


def test_a_conflict_is_resolved_with_a_value_typed_on_the_command_line(
        tmp_path: Path, server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.add_user("kari")
    server.add_user("ola")
    kari, ola = make_client(tmp_path, server, "kari"), make_client(tmp_path, server, "ola")
    cid, conflict_id = conflict_on_phone(kari, ola)

    status, _, err = lpj(capsys, ola.data_dir, "conflicts", "resolve", "feil-id", "--keep", "mine")
    assert status == 1 and err.strip() == "lpj: ingen konflikt med id «feil-id» (se `lpj conflicts list`)"
    with pytest.raises(SystemExit) as usage:  # one of --keep and --value is required
        lpj(capsys, ola.data_dir, "conflicts", "resolve", conflict_id)
    assert usage.value.code == 2 and "--keep" in capsys.readouterr().err
    status, out, err = lpj(capsys, ola.data_dir, "conflicts", "resolve", conflict_id,
                           "--value", " 33333333 ")
    assert status == 0, err
    assert "er løst: 33333333 gjelder" in out
    with ola.store.reader() as s:
        assert s.get(Company, cid).phone == "33333333"
        resolve = s.scalars(select(OutboxMutation).where(OutboxMutation.name == "resolve")).one()
        assert resolve.args["fields"] == {"choice": "edited", "value": "33333333"}
