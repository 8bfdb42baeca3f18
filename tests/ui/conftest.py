"""GUI fixtures: a store with a hunter profile and some companies, and a main window on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from lpj_desktop.paths import AppPaths
from lpj_desktop.services import changes
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.services.profile import set_profile
from lpj_desktop.store.database import Store, open_store

COMPANIES = (
    ("Alta Elektro AS", "5601", "43.210", 12),
    ("Alta Rør og Varme AS", "5601", "43.221", 7),
    ("Nordreisa Bygg AS", "5544", "41.200", 25),
    ("Vardø Fisk AS", "5634", "10.200", 40),
    ("Tromsø Frisør", "5501", "96.021", 3),
    ("Hammerfest Bilverksted AS", "5603", "45.200", 9),
    ("Kafé Nordlys", "5501", "56.101", 5),
    ("Harstad Tømrer AS", "5503", "43.320", 14),
)


def seed(store: Store) -> dict[str, str]:
    """A profile and a few companies with register facts; returns name → id."""
    ids = {}
    with store.session() as s:
        set_profile(s, display_name="Ida Hansen", organisation="Opplæringskontoret Nord", team="Nord")
        for name, muni, industry, employees in COMPANIES:
            c = add_company_by_hand(s, name=name, municipality_number=muni)
            changes.update(
                s,
                c,
                industry_code=industry,
                employees=employees,
                legal_form="AS",
                business_address="Storgata 1",
                business_postcode="9510",
                business_city="ALTA",
            )
            ids[name] = c.id
    return ids


@pytest.fixture(autouse=True)
def bokmal(qapp):  # type: ignore[no-untyped-def]
    """The app's default language, with its compiled catalogue (as users get it)."""
    from lpj_desktop.ui.i18n import install_translations

    install_translations(qapp, "nb")
    yield


@pytest.fixture
def seeded(paths: AppPaths) -> Iterator[tuple[Store, AppPaths, dict[str, str]]]:
    store = open_store(paths)
    ids = seed(store)
    yield store, paths, ids
    store.close()


@pytest.fixture
def window(qtbot, seeded):  # type: ignore[no-untyped-def]
    from lpj_desktop.ui.main_window import MainWindow

    store, paths, _ids = seeded
    w = MainWindow(store, paths)
    w.modal_dialogs = False
    # The closing question (own fields that cannot be saved) would block a failed test's teardown.
    w.close_without_own_fields = lambda: True
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.company_list.model.rowCount() > 0)
    return w
