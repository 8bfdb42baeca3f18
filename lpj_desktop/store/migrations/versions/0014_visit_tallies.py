"""staff figures: tallies of the visits kept by triggers (per company, per hunter and day, offers)

The dashboard over a whole history (1,000,000 visits) spent about 1.1 s of CPU passing over the
visits: companies by municipality and best rank, 60,000 place offers unpacked from JSON, 36 goal
months and 300 weeks counted visit by visit. Three small tables now hold those counts, kept in
step by triggers on the visit table (and the company's municipality by triggers on company);
lpj_desktop/store/tallies.py explains them and holds the same SQL (tests/store/test_tallies.py
keeps the two equal). The tallies are filled from the visits here (~2.5 s at 1,000,000 visits).

Also `ix_visit_agreements`: the live visits that made an agreement, by hunter and time, so that a
goal's agreements (companies, told apart) are counted from a third of the period's visits.

Revision ID: 0014_visit_tallies
Revises: 0013_user_active
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_visit_tallies"
down_revision = "0013_user_active"
branch_labels = None
depends_on = None

TRIGGERS = {
    'visit_tally_ai': (
        'CREATE TRIGGER visit_tally_ai AFTER INSERT ON visit BEGIN INSERT INTO tally_company '
        '(company_id, municipality_number, visits, top_rank, top_visits, places, first_at, last_at) '
        'SELECT new.company_id, (SELECT c.municipality_number FROM company AS c WHERE c.id = '
        "new.company_id), 1, CASE new.outcome WHEN 'not_reached' THEN 0 WHEN 'not_interested' THEN 1 "
        "WHEN 'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN 'will_apply' THEN 4 WHEN "
        "'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN 'contract_signed' THEN 7 ELSE -1 END, 1, "
        "CASE WHEN new.outcome IN ('place_offered', 'contract_signed') THEN (SELECT "
        "coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) FROM "
        'json_each(new.places) AS o) ELSE 0 END, new.occurred_at, new.occurred_at WHERE '
        'new.deleted_at IS NULL ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, '
        'top_visits = CASE WHEN excluded.top_rank > top_rank THEN 1 WHEN excluded.top_rank = top_rank '
        'THEN top_visits + 1 ELSE top_visits END, top_rank = max(top_rank, excluded.top_rank), places '
        '= places + excluded.places, first_at = min(first_at, excluded.first_at), last_at = '
        'max(last_at, excluded.last_at); INSERT INTO tally_hunter_day (hunter_id, day, visits, '
        "places) SELECT new.hunter_id, CASE WHEN substr(new.occurred_at, 12, 2) >= '22' THEN "
        'substr(new.occurred_at, 1, 13) ELSE substr(new.occurred_at, 1, 10) END, 1, CASE WHEN '
        "new.outcome IN ('place_offered', 'contract_signed') THEN (SELECT "
        "coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) FROM "
        'json_each(new.places) AS o) ELSE 0 END WHERE new.deleted_at IS NULL ON CONFLICT (hunter_id, '
        'day) DO UPDATE SET visits = visits + 1, places = places + excluded.places; INSERT INTO '
        'tally_offer (company_id, day, trade, hunter_id, offers, places) SELECT new.company_id, CASE '
        "WHEN substr(new.occurred_at, 12, 2) >= '22' THEN substr(new.occurred_at, 1, 13) ELSE "
        "substr(new.occurred_at, 1, 10) END, coalesce(json_extract(o.value, '$.trade'), ''), "
        "new.hunter_id, 1, CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER) FROM "
        "json_each(new.places) AS o WHERE new.deleted_at IS NULL AND new.outcome IN ('place_offered', "
        "'contract_signed') ON CONFLICT (company_id, day, trade, hunter_id) DO UPDATE SET offers = "
        'offers + 1, places = places + excluded.places; END'
    ),
    'visit_tally_ad': (
        'CREATE TRIGGER visit_tally_ad AFTER DELETE ON visit BEGIN UPDATE tally_company SET visits = '
        "visits - 1, top_visits = top_visits - (CASE old.outcome WHEN 'not_reached' THEN 0 WHEN "
        "'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN "
        "'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN "
        "'contract_signed' THEN 7 ELSE -1 END = top_rank), places = places - CASE WHEN old.outcome IN "
        "('place_offered', 'contract_signed') THEN (SELECT "
        "coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) FROM "
        'json_each(old.places) AS o) ELSE 0 END WHERE company_id = old.company_id AND old.deleted_at '
        'IS NULL; DELETE FROM tally_company WHERE company_id = old.company_id AND visits <= 0; UPDATE '
        "tally_company SET top_rank = (SELECT max(CASE v.outcome WHEN 'not_reached' THEN 0 WHEN "
        "'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN "
        "'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN "
        "'contract_signed' THEN 7 ELSE -1 END) FROM visit AS v WHERE v.company_id = old.company_id "
        'AND v.deleted_at IS NULL) WHERE company_id = old.company_id AND top_visits <= 0; UPDATE '
        'tally_company SET top_visits = (SELECT count(*) FROM visit AS v WHERE v.company_id = '
        "old.company_id AND v.deleted_at IS NULL AND CASE v.outcome WHEN 'not_reached' THEN 0 WHEN "
        "'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN "
        "'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN "
        "'contract_signed' THEN 7 ELSE -1 END = tally_company.top_rank) WHERE company_id = "
        'old.company_id AND top_visits <= 0; UPDATE tally_company SET first_at = (SELECT '
        'v.occurred_at FROM visit AS v WHERE v.company_id = old.company_id AND v.deleted_at IS NULL '
        'ORDER BY v.occurred_at LIMIT 1) WHERE company_id = old.company_id AND first_at = '
        'old.occurred_at AND old.deleted_at IS NULL; UPDATE tally_company SET last_at = (SELECT '
        'v.occurred_at FROM visit AS v WHERE v.company_id = old.company_id AND v.deleted_at IS NULL '
        'ORDER BY v.occurred_at DESC LIMIT 1) WHERE company_id = old.company_id AND last_at = '
        'old.occurred_at AND old.deleted_at IS NULL; UPDATE tally_hunter_day SET visits = visits - 1, '
        "places = places - CASE WHEN old.outcome IN ('place_offered', 'contract_signed') THEN (SELECT "
        "coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) FROM "
        'json_each(old.places) AS o) ELSE 0 END WHERE hunter_id = old.hunter_id AND day = CASE WHEN '
        "substr(old.occurred_at, 12, 2) >= '22' THEN substr(old.occurred_at, 1, 13) ELSE "
        'substr(old.occurred_at, 1, 10) END AND old.deleted_at IS NULL; DELETE FROM tally_hunter_day '
        "WHERE hunter_id = old.hunter_id AND day = CASE WHEN substr(old.occurred_at, 12, 2) >= '22' "
        'THEN substr(old.occurred_at, 1, 13) ELSE substr(old.occurred_at, 1, 10) END AND visits <= 0; '
        'UPDATE tally_offer SET offers = offers - (SELECT count(*) FROM json_each(old.places) AS o '
        "WHERE coalesce(json_extract(o.value, '$.trade'), '') = tally_offer.trade), places = places - "
        "(SELECT coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) "
        "FROM json_each(old.places) AS o WHERE coalesce(json_extract(o.value, '$.trade'), '') = "
        'tally_offer.trade) WHERE company_id = old.company_id AND day = CASE WHEN '
        "substr(old.occurred_at, 12, 2) >= '22' THEN substr(old.occurred_at, 1, 13) ELSE "
        'substr(old.occurred_at, 1, 10) END AND hunter_id = old.hunter_id AND old.deleted_at IS NULL '
        "AND old.outcome IN ('place_offered', 'contract_signed'); DELETE FROM tally_offer WHERE "
        "company_id = old.company_id AND day = CASE WHEN substr(old.occurred_at, 12, 2) >= '22' THEN "
        'substr(old.occurred_at, 1, 13) ELSE substr(old.occurred_at, 1, 10) END AND hunter_id = '
        'old.hunter_id AND offers <= 0; END'
    ),
    'visit_tally_au': (
        'CREATE TRIGGER visit_tally_au AFTER UPDATE OF company_id, hunter_id, occurred_at, outcome, '
        'places, deleted_at ON visit WHEN old.company_id IS NOT new.company_id OR old.hunter_id IS '
        'NOT new.hunter_id OR old.occurred_at IS NOT new.occurred_at OR old.outcome IS NOT '
        'new.outcome OR old.places IS NOT new.places OR old.deleted_at IS NOT new.deleted_at BEGIN '
        'INSERT INTO tally_company (company_id, municipality_number, visits, top_rank, top_visits, '
        'places, first_at, last_at) SELECT new.company_id, (SELECT c.municipality_number FROM company '
        "AS c WHERE c.id = new.company_id), 1, CASE new.outcome WHEN 'not_reached' THEN 0 WHEN "
        "'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN "
        "'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN "
        "'contract_signed' THEN 7 ELSE -1 END, 1, CASE WHEN new.outcome IN ('place_offered', "
        "'contract_signed') THEN (SELECT coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), "
        '0) AS INTEGER)), 0) FROM json_each(new.places) AS o) ELSE 0 END, new.occurred_at, '
        'new.occurred_at WHERE new.deleted_at IS NULL ON CONFLICT (company_id) DO UPDATE SET visits = '
        'visits + 1, top_visits = CASE WHEN excluded.top_rank > top_rank THEN 1 WHEN '
        'excluded.top_rank = top_rank THEN top_visits + 1 ELSE top_visits END, top_rank = '
        'max(top_rank, excluded.top_rank), places = places + excluded.places, first_at = '
        'min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at); INSERT INTO '
        'tally_hunter_day (hunter_id, day, visits, places) SELECT new.hunter_id, CASE WHEN '
        "substr(new.occurred_at, 12, 2) >= '22' THEN substr(new.occurred_at, 1, 13) ELSE "
        "substr(new.occurred_at, 1, 10) END, 1, CASE WHEN new.outcome IN ('place_offered', "
        "'contract_signed') THEN (SELECT coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), "
        '0) AS INTEGER)), 0) FROM json_each(new.places) AS o) ELSE 0 END WHERE new.deleted_at IS NULL '
        'ON CONFLICT (hunter_id, day) DO UPDATE SET visits = visits + 1, places = places + '
        'excluded.places; INSERT INTO tally_offer (company_id, day, trade, hunter_id, offers, places) '
        "SELECT new.company_id, CASE WHEN substr(new.occurred_at, 12, 2) >= '22' THEN "
        'substr(new.occurred_at, 1, 13) ELSE substr(new.occurred_at, 1, 10) END, '
        "coalesce(json_extract(o.value, '$.trade'), ''), new.hunter_id, 1, "
        "CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER) FROM json_each(new.places) AS "
        "o WHERE new.deleted_at IS NULL AND new.outcome IN ('place_offered', 'contract_signed') ON "
        'CONFLICT (company_id, day, trade, hunter_id) DO UPDATE SET offers = offers + 1, places = '
        'places + excluded.places; UPDATE tally_company SET visits = visits - 1, top_visits = '
        "top_visits - (CASE old.outcome WHEN 'not_reached' THEN 0 WHEN 'not_interested' THEN 1 WHEN "
        "'wants_information' THEN 2 WHEN 'follow_up_agreed' THEN 3 WHEN 'will_apply' THEN 4 WHEN "
        "'approved' THEN 5 WHEN 'place_offered' THEN 6 WHEN 'contract_signed' THEN 7 ELSE -1 END = "
        "top_rank), places = places - CASE WHEN old.outcome IN ('place_offered', 'contract_signed') "
        "THEN (SELECT coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), "
        '0) FROM json_each(old.places) AS o) ELSE 0 END WHERE company_id = old.company_id AND '
        'old.deleted_at IS NULL; DELETE FROM tally_company WHERE company_id = old.company_id AND '
        'visits <= 0; UPDATE tally_company SET top_rank = (SELECT max(CASE v.outcome WHEN '
        "'not_reached' THEN 0 WHEN 'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN "
        "'follow_up_agreed' THEN 3 WHEN 'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN "
        "'place_offered' THEN 6 WHEN 'contract_signed' THEN 7 ELSE -1 END) FROM visit AS v WHERE "
        'v.company_id = old.company_id AND v.deleted_at IS NULL) WHERE company_id = old.company_id '
        'AND top_visits <= 0; UPDATE tally_company SET top_visits = (SELECT count(*) FROM visit AS v '
        'WHERE v.company_id = old.company_id AND v.deleted_at IS NULL AND CASE v.outcome WHEN '
        "'not_reached' THEN 0 WHEN 'not_interested' THEN 1 WHEN 'wants_information' THEN 2 WHEN "
        "'follow_up_agreed' THEN 3 WHEN 'will_apply' THEN 4 WHEN 'approved' THEN 5 WHEN "
        "'place_offered' THEN 6 WHEN 'contract_signed' THEN 7 ELSE -1 END = tally_company.top_rank) "
        'WHERE company_id = old.company_id AND top_visits <= 0; UPDATE tally_company SET first_at = '
        '(SELECT v.occurred_at FROM visit AS v WHERE v.company_id = old.company_id AND v.deleted_at '
        'IS NULL ORDER BY v.occurred_at LIMIT 1) WHERE company_id = old.company_id AND first_at = '
        'old.occurred_at AND old.deleted_at IS NULL; UPDATE tally_company SET last_at = (SELECT '
        'v.occurred_at FROM visit AS v WHERE v.company_id = old.company_id AND v.deleted_at IS NULL '
        'ORDER BY v.occurred_at DESC LIMIT 1) WHERE company_id = old.company_id AND last_at = '
        'old.occurred_at AND old.deleted_at IS NULL; UPDATE tally_hunter_day SET visits = visits - 1, '
        "places = places - CASE WHEN old.outcome IN ('place_offered', 'contract_signed') THEN (SELECT "
        "coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) FROM "
        'json_each(old.places) AS o) ELSE 0 END WHERE hunter_id = old.hunter_id AND day = CASE WHEN '
        "substr(old.occurred_at, 12, 2) >= '22' THEN substr(old.occurred_at, 1, 13) ELSE "
        'substr(old.occurred_at, 1, 10) END AND old.deleted_at IS NULL; DELETE FROM tally_hunter_day '
        "WHERE hunter_id = old.hunter_id AND day = CASE WHEN substr(old.occurred_at, 12, 2) >= '22' "
        'THEN substr(old.occurred_at, 1, 13) ELSE substr(old.occurred_at, 1, 10) END AND visits <= 0; '
        'UPDATE tally_offer SET offers = offers - (SELECT count(*) FROM json_each(old.places) AS o '
        "WHERE coalesce(json_extract(o.value, '$.trade'), '') = tally_offer.trade), places = places - "
        "(SELECT coalesce(sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)), 0) "
        "FROM json_each(old.places) AS o WHERE coalesce(json_extract(o.value, '$.trade'), '') = "
        'tally_offer.trade) WHERE company_id = old.company_id AND day = CASE WHEN '
        "substr(old.occurred_at, 12, 2) >= '22' THEN substr(old.occurred_at, 1, 13) ELSE "
        'substr(old.occurred_at, 1, 10) END AND hunter_id = old.hunter_id AND old.deleted_at IS NULL '
        "AND old.outcome IN ('place_offered', 'contract_signed'); DELETE FROM tally_offer WHERE "
        "company_id = old.company_id AND day = CASE WHEN substr(old.occurred_at, 12, 2) >= '22' THEN "
        'substr(old.occurred_at, 1, 13) ELSE substr(old.occurred_at, 1, 10) END AND hunter_id = '
        'old.hunter_id AND offers <= 0; END'
    ),
    'company_tally_ai': (
        'CREATE TRIGGER company_tally_ai AFTER INSERT ON company BEGIN UPDATE tally_company SET '
        'municipality_number = new.municipality_number WHERE company_id = new.id; END'
    ),
    'company_tally_au': (
        'CREATE TRIGGER company_tally_au AFTER UPDATE OF id, municipality_number ON company WHEN '
        'old.id IS NOT new.id OR old.municipality_number IS NOT new.municipality_number BEGIN UPDATE '
        'tally_company SET municipality_number = new.municipality_number WHERE company_id = new.id; '
        'END'
    ),
}
# Also builds ix_tally_company_groups, once the company tally is filled.
REBUILD = (
    (
        'DELETE FROM tally_company'
    ),
    (
        'DELETE FROM tally_hunter_day'
    ),
    (
        'DELETE FROM tally_offer'
    ),
    (
        'DROP INDEX IF EXISTS ix_tally_company_groups'
    ),
    (
        'INSERT INTO tally_offer (company_id, day, trade, hunter_id, offers, places) SELECT '
        "v.company_id, CASE WHEN substr(v.occurred_at, 12, 2) >= '22' THEN substr(v.occurred_at, 1, "
        "13) ELSE substr(v.occurred_at, 1, 10) END, coalesce(json_extract(o.value, '$.trade'), ''), "
        "v.hunter_id, count(*), sum(CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)) "
        'FROM visit AS v, json_each(v.places) AS o WHERE v.deleted_at IS NULL AND v.outcome IN '
        "('place_offered', 'contract_signed') GROUP BY 2, 1, 3, 4"
    ),
    (
        'INSERT INTO tally_hunter_day (hunter_id, day, visits, places) SELECT v.hunter_id, CASE WHEN '
        "substr(v.occurred_at, 12, 2) >= '22' THEN substr(v.occurred_at, 1, 13) ELSE "
        'substr(v.occurred_at, 1, 10) END, count(*), 0 FROM visit AS v WHERE v.deleted_at IS NULL '
        'GROUP BY 1, 2'
    ),
    (
        'UPDATE tally_hunter_day SET places = p.places FROM (SELECT hunter_id, day, sum(places) AS '
        'places FROM tally_offer GROUP BY 1, 2) AS p WHERE tally_hunter_day.hunter_id = p.hunter_id '
        'AND tally_hunter_day.day = p.day'
    ),
    (
        'INSERT INTO tally_company (company_id, municipality_number, visits, top_rank, top_visits, '
        'places, first_at, last_at) SELECT p.company_id, (SELECT c.municipality_number FROM company '
        'AS c WHERE c.id >= p.company_id AND c.id <= p.company_id), p.n, CASE WHEN r7 > 0 THEN 7 WHEN '
        'r6 > 0 THEN 6 WHEN r5 > 0 THEN 5 WHEN r4 > 0 THEN 4 WHEN r3 > 0 THEN 3 WHEN r2 > 0 THEN 2 '
        'WHEN r1 > 0 THEN 1 WHEN r0 > 0 THEN 0 ELSE -1 END, CASE WHEN r7 > 0 THEN r7 WHEN r6 > 0 THEN '
        'r6 WHEN r5 > 0 THEN r5 WHEN r4 > 0 THEN r4 WHEN r3 > 0 THEN r3 WHEN r2 > 0 THEN r2 WHEN r1 > '
        '0 THEN r1 WHEN r0 > 0 THEN r0 ELSE n - r7 - r6 - r5 - r4 - r3 - r2 - r1 - r0 END, 0, '
        'p.first_at, p.last_at FROM (SELECT v.company_id AS company_id, count(*) AS n, sum(v.outcome '
        "= 'contract_signed') AS r7, sum(v.outcome = 'place_offered') AS r6, sum(v.outcome = "
        "'approved') AS r5, sum(v.outcome = 'will_apply') AS r4, sum(v.outcome = 'follow_up_agreed') "
        "AS r3, sum(v.outcome = 'wants_information') AS r2, sum(v.outcome = 'not_interested') AS r1, "
        "sum(v.outcome = 'not_reached') AS r0, min(v.occurred_at) AS first_at, max(v.occurred_at) AS "
        'last_at FROM visit AS v WHERE v.deleted_at IS NULL GROUP BY v.company_id) AS p'
    ),
    (
        'UPDATE tally_company SET places = p.places FROM (SELECT company_id, sum(places) AS places '
        'FROM tally_offer GROUP BY company_id) AS p WHERE tally_company.company_id = p.company_id'
    ),
    (
        'CREATE INDEX ix_tally_company_groups ON tally_company (municipality_number, top_rank, '
        'first_at, last_at, visits, places)'
    ),
)

def upgrade() -> None:
    op.create_table(
        "tally_company",
        sa.Column("company_id", sa.String(36), nullable=False),
        sa.Column("municipality_number", sa.String(4), nullable=True),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("top_rank", sa.Integer(), nullable=False),
        sa.Column("top_visits", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("company_id", name=op.f("pk_tally_company")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "tally_hunter_day",
        sa.Column("hunter_id", sa.String(36), nullable=False),
        sa.Column("day", sa.String(13), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("hunter_id", "day", name=op.f("pk_tally_hunter_day")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "tally_offer",
        sa.Column("company_id", sa.String(36), nullable=False),
        sa.Column("day", sa.String(13), nullable=False),
        sa.Column("trade", sa.String(200), nullable=False),
        sa.Column("hunter_id", sa.String(36), nullable=False),
        sa.Column("offers", sa.Integer(), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("company_id", "day", "trade", "hunter_id", name=op.f("pk_tally_offer")),
        sqlite_with_rowid=False,
    )
    # The outcome list word for word as the figures' queries name it (figures._AGREEMENT): SQLite
    # uses a partial index only for a query that repeats its condition.
    op.execute("CREATE INDEX IF NOT EXISTS ix_visit_agreements ON visit "
               "(hunter_id, occurred_at, company_id, outcome, deleted_at) "
               "WHERE outcome IN ('follow_up_agreed', 'will_apply', 'approved', 'place_offered', "
               "'contract_signed') AND deleted_at IS NULL")
    for statement in REBUILD:
        op.execute(statement)
    for statement in TRIGGERS.values():
        op.execute(statement)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_visit_agreements")
    op.execute("DROP INDEX IF EXISTS ix_tally_company_groups")
    for table in ("tally_offer", "tally_hunter_day", "tally_company"):
        op.drop_table(table)
