"""`lpj handover`: the same service from the command line, on the staff world's real store."""

from __future__ import annotations

import pytest

from lpj_desktop.cli.main import main
from lpj_desktop.domain.enums import Role
from lpj_desktop.paths import AppPaths
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company

from .conftest import World


def lpj(capsys: pytest.CaptureFixture[str], paths: AppPaths, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(paths.data_dir), *args])
    out, err = capsys.readouterr()
    return status, out, err


def owner(store: Store, company_id: str) -> str | None:
    with store.reader() as s:
        return s.get(Company, company_id).owner_id


def test_plan_run_list_undo(capsys: pytest.CaptureFixture[str], paths: AppPaths, store: Store,
                            world: World) -> None:
    status, out, _ = lpj(capsys, paths, "handover", "plan", "--fra", "Kari", "--til", "Ola Hansen",
                         "--til", "aslak", "--kommune", "Tromsø")
    assert status == 0 and "2 bedrifter" in out and "Ola Hansen" in out and "Aslak Sara" in out
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari  # plan changes nothing

    status, out, _ = lpj(capsys, paths, "handover", "run", "--fra", "Kari", "--til", "Ola Hansen")
    assert status == 0 and "Overført: 2 bedrifter" in out
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.ola
    batch = out.split("Overføringens id: ")[1].split()[0]

    status, out, _ = lpj(capsys, paths, "handover", "list")
    assert status == 0 and batch in out and "Kari Nordmann" in out

    status, out, _ = lpj(capsys, paths, "handover", "undo", batch[:30])
    assert status == 0 and "Angret: 2 bedrifter" in out
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari
    status, _, err = lpj(capsys, paths, "handover", "undo", batch)
    assert status == 2 and "allerede angret" in err


def test_refusals_in_words(capsys: pytest.CaptureFixture[str], paths: AppPaths, store: Store,
                           world: World) -> None:
    status, _, err = lpj(capsys, paths, "handover", "run", "--fra", "Nobody", "--til", "Ola")
    assert status == 2 and "fant ingen bruker" in err
    status, _, err = lpj(capsys, paths, "handover", "run", "--fra", "Kari", "--til", "Ola",
                         "--kommune", "Atlantis")
    assert status == 2 and "fant ingen kommune" in err
    with store.session() as s:
        get_profile(s).role = Role.HUNTER.value
    status, _, err = lpj(capsys, paths, "handover", "run", "--fra", "Kari", "--til", "Ola")
    assert status == 1 and "Bare ansatte" in err and "Traceback" not in err
    assert owner(store, world.companies["Tinden Bygg AS"]) == world.kari
