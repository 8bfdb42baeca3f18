"""A small world for the staff views, built through the real services on a real SQLite store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from lpj_desktop.domain.enums import Channel, LaerebedriftStatus, Role
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services import changes
from lpj_desktop.services.campaigns import add_targets, create_campaign
from lpj_desktop.services.letters import save_sender
from lpj_desktop.services.profile import get_profile, set_profile
from lpj_desktop.services.use import write
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, Contact, User
from sync.kernel.orgnr import with_check_digit


def orgnr(i: int) -> str:
    """The i-th valid organisation number of the test world."""
    n = 910000000 // 10 + i * 7
    while True:
        nr = with_check_digit(f"{n:08d}")
        if nr:
            return nr
        n += 1


@dataclass
class World:
    staff_id: str
    kari: str  # hunter, team Nord
    ola: str  # hunter, team Nord
    aslak: str  # hunter, team Finnmark
    companies: dict[str, str]  # name → id
    orgnrs: dict[str, str]  # name → orgnr
    campaign_id: str


COMPANIES = [
    # name, municipality number as stored (54xx = recorded before 2024), owner key
    ("Tinden Bygg AS", "5401", "kari"),
    ("Ishavskraft Elektro AS", "5501", "kari"),
    ("Polar Rør AS", "5501", "ola"),
    ("Harstad Mek AS", "5503", "ola"),
    ("Alta Frisør AS", "5403", "aslak"),
    ("Finnmark Bil AS", "5601", "aslak"),
    ("Hammerfest Helse AS", "5406", None),
    ("Vardø Fisk AS", "5634", None),
]


def when(y: int, m: int, d: int, h: int = 10) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def build_world(store: Store) -> World:
    with store.session() as s:
        profile = get_profile(s)
        profile.role = Role.STAFF.value
        set_profile(s, display_name="Siri Stab", organisation="Opplæringskontoret Nord")
        staff_id = profile.user_id
        ids = {}
        for key, name, team in (("kari", "Kari Nordmann", "Nord"), ("ola", "Ola Hansen", "Nord"),
                                ("aslak", "Aslak Sara", "Finnmark")):
            user = User(name=name, organisation="Opplæringskontoret Nord", team=team, role=Role.HUNTER.value)
            s.add(user)
            s.flush()
            ids[key] = user.id
        companies, orgnrs = {}, {}
        for i, (name, muni, owner) in enumerate(COMPANIES):
            nr = orgnr(i)
            from lpj_desktop.domain import regions
            m = regions.municipality(muni)
            c = Company(orgnr=nr, name=name, source="register", municipality_number=muni,
                        municipality_name=m.name if m else None, county_number="54" if muni.startswith("54")
                        else muni[:2], owner_id=ids.get(owner or ""),
                        lb_status=LaerebedriftStatus.UNKNOWN.value)
            changes.create(s, c)
            companies[name] = c.id
            orgnrs[name] = nr
        campaign = create_campaign(s, name="Læreplassjeger 2025", starts_on=date(2025, 6, 1),
                                   ends_on=date(2025, 10, 31), organisation="Opplæringskontoret Nord")
        add_targets(s, campaign, [companies[n] for n, *_ in COMPANIES[:6]], "filter")
        c = companies
        visits = [
            # company, hunter, when, channel, outcome, trades, places
            ("Tinden Bygg AS", "kari", when(2023, 3, 1), Channel.VISIT, Outcome.WANTS_INFORMATION,
             ["Tømrerfaget"], []),
            ("Tinden Bygg AS", "kari", when(2025, 6, 10), Channel.VISIT, Outcome.WILL_APPLY,
             ["Tømrerfaget"], []),
            ("Tinden Bygg AS", "kari", when(2025, 9, 2), Channel.PHONE, Outcome.PLACE_OFFERED,
             ["Tømrerfaget"], [PlaceOffer("Tømrerfaget", 2)]),
            ("Ishavskraft Elektro AS", "kari", when(2025, 6, 12), Channel.VIDEO, Outcome.CONTRACT_SIGNED,
             ["Elektrikerfaget"], [PlaceOffer("Elektrikerfaget", 3)]),
            ("Polar Rør AS", "ola", when(2025, 6, 11), Channel.PHONE, Outcome.NOT_REACHED, [], []),
            ("Polar Rør AS", "ola", when(2025, 6, 20), Channel.VISIT, Outcome.NOT_INTERESTED, [], []),
            ("Harstad Mek AS", "ola", when(2025, 7, 1), Channel.VISIT, Outcome.FOLLOW_UP_AGREED,
             ["Industrimekanikerfaget"], []),
            ("Alta Frisør AS", "aslak", when(2025, 8, 5), Channel.VISIT, Outcome.APPROVED,
             ["Frisørfaget"], []),
            ("Finnmark Bil AS", "aslak", when(2025, 8, 6), Channel.EMAIL, Outcome.WANTS_INFORMATION,
             ["Bilfaget, lette kjøretøy"], []),
            ("Hammerfest Helse AS", "aslak", when(2025, 7, 7), Channel.PHONE, Outcome.PLACE_OFFERED,
             ["Helsearbeiderfaget"], [PlaceOffer("Helsearbeiderfaget", 4)]),
            ("Vardø Fisk AS", "aslak", when(2024, 11, 1), Channel.LETTER, Outcome.NOT_REACHED, [], []),
        ]
        for name, hunter, at, channel, outcome, trades, places in visits:
            record_visit(s, VisitDraft(company_id=c[name], occurred_at=at, channel=channel, outcome=outcome,
                                       trades=trades, places=places, notes=f"Besøk hos {name}"),
                         ids[hunter], now=datetime(2026, 1, 1, tzinfo=UTC))
        return World(staff_id, ids["kari"], ids["ola"], ids["aslak"], companies, orgnrs, campaign.id)


@pytest.fixture
def world(store: Store) -> World:
    return build_world(store)


# name → (postal address, postcode, city, e-mail, industry code)
ADDRESSES = {
    "Tinden Bygg AS": ("Postboks 44", "9325", "Bardufoss", "post@tindenbygg.no", "41.200"),
    "Ishavskraft Elektro AS": ("Strandvegen 101/nInngang B", "9006", "Tromsø", None, "43.210"),
    "Polar Rør AS": ("Sjøgata 3", "9008", "Tromsø", "rør@polar.no", "43.220"),
    "Harstad Mek AS": ("Havnegata 2", "9405", "Harstad", "mek@harstadmek.no", "25.620"),
    "Alta Frisør AS": (None, None, None, "klipp@altafrisor.no", "96.021"),  # e-mail only
    "Finnmark Bil AS": (None, None, None, None, "45.201"),  # neither
}


@pytest.fixture
def letters_world(store: Store, world: World) -> World:
    with store.session() as s:
        for name, (street, code, city, email, industry) in ADDRESSES.items():
            company = s.get(Company, world.companies[name])
            assert company is not None
            company.postal_address, company.postal_postcode, company.postal_city = street, code, city
            company.register_email, company.industry_code = email, industry
        changes.create(s, Contact(company_id=world.companies["Tinden Bygg AS"], name="Per Daglig",
                                  role="daglig leder"))
        changes.create(s, Contact(company_id=world.companies["Tinden Bygg AS"], name="Kari Fag",
                                  role="fagansvarlig"))
        changes.create(s, Contact(company_id=world.companies["Polar Rør AS"], name="Nils Leder",
                                  role="Daglig leder"))
    write(store, save_sender, world.kari, "+47 911 11 111", "kari@okn.no")
    return world
