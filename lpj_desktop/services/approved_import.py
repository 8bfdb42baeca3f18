"""The county's list of approved lærebedrifter → company status and trades; the two priority groups.

The list holds, per company, the trades it is approved for and how many apprentices it has in each.
One row per company and trade is the usual export; a row may also hold several trades
("Elektrikerfaget (2); Automatiseringsfaget (0)"). Status and approved trades sync (they are the
company's hunter fields, written through `changes`); the apprentice counts stay in a local table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import LaerebedriftStatus
from lpj_desktop.services import changes
from lpj_desktop.services.csv_tables import Table, parse_table, read_table, split_list
from lpj_desktop.services.interest_import import RowProblem
from lpj_desktop.services.trade_names import canonical_trade, split_trades
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import ApprenticeCount, Company
from sync.kernel.orgnr import normalize_orgnr, orgnr_problem

ALIASES: dict[str, tuple[str, ...]] = {
    "orgnr": ("organisasjonsnummer", "org nr", "orgnummer", "bedrift orgnr"),
    "company": ("bedrift", "navn", "lærebedrift", "virksomhet", "bedriftsnavn"),
    "trades": ("fag", "lærefag", "godkjent fag", "godkjente fag", "godkjentfag", "approved trades",
               "approvedtrades"),
    "apprentices": ("lærlinger", "antall lærlinger", "lærlinger nå", "laerlinger", "apprentices",
                    "current apprentices", "antall"),
}

_WITH_COUNT = re.compile(r"^(?P<trade>.+?)\s*\((?P<count>\d+)\)$")


@dataclass
class ApprovedList:
    """What the file says, per organisation number: trade → apprentices now."""

    companies: dict[str, dict[str, int]] = field(default_factory=dict)
    first_line: dict[str, int] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)


def _read(table: Table) -> ApprovedList:
    table.require_any("orgnr")
    table.require_any("trades")
    out = ApprovedList(unknown_columns=table.unknown)
    for row in table.rows:
        v = row.values
        text = " · ".join(x for x in (v["orgnr"], v["company"], v["trades"], v["apprentices"]) if x)
        problem = orgnr_problem(v["orgnr"])
        if problem:
            out.problems.append(RowProblem(row.line, f"orgnr_{problem}", text))
            continue
        nr = normalize_orgnr(v["orgnr"])
        names = split_trades(v["trades"])
        if not names:
            out.problems.append(RowProblem(row.line, "trade_missing", text))
            continue
        counts_given = split_list(v["apprentices"]) if v["apprentices"] else []
        pairs: list[tuple[str, int]] = []
        bad = None
        for index, name in enumerate(names):
            match = _WITH_COUNT.match(name)
            if match:
                pairs.append((match["trade"], int(match["count"])))
                continue
            if len(counts_given) == len(names):
                raw = counts_given[index]
            elif len(counts_given) <= 1 and len(names) == 1:
                raw = counts_given[0] if counts_given else "0"
            else:
                bad = "apprentices_per_trade_unclear"
                break
            if not raw.isdigit():
                bad = "apprentices_not_a_number"
                break
            pairs.append((name, int(raw)))
        if bad:
            out.problems.append(RowProblem(row.line, bad, text))
            continue
        trades = out.companies.setdefault(nr, {})
        out.first_line.setdefault(nr, row.line)
        for name, count in pairs:
            key = canonical_trade(name)
            trades[key] = trades.get(key, 0) + count
    return out


def read_approved_file(path: Path) -> ApprovedList:
    """Read and check the county's list. Raises TableFileError when it is not such a table."""
    return _read(read_table(path, ALIASES))


def parse_approved_text(text: str) -> ApprovedList:
    return _read(parse_table(text, ALIASES))


@dataclass
class ApprovedResult:
    updated: int = 0  # companies whose status or trades changed
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def import_approved(session: Session, listing: ApprovedList) -> ApprovedResult:
    """Set status and approved trades of every listed company and keep its apprentice counts.

    Companies not in the store are reported (their number is in the list, but nothing is known of
    them here: import the register first, or add them by hand).
    """
    result = ApprovedResult(problems=list(listing.problems))
    now = utcnow()
    for nr, trades in listing.companies.items():
        company = session.scalar(select(Company).where(Company.orgnr == nr, Company.deleted_at.is_(None)))
        if company is None:
            result.problems.append(RowProblem(listing.first_line[nr], "not_in_store", nr))
            continue
        status = (LaerebedriftStatus.APPROVED_WITH_APPRENTICES if sum(trades.values()) > 0
                  else LaerebedriftStatus.APPROVED_NO_APPRENTICES)
        changed = changes.update(session, company, lb_status=status.value, approved_trades=sorted(trades))
        result.updated += int(bool(changed))
        result.unchanged += int(not changed)
        session.execute(delete(ApprenticeCount).where(ApprenticeCount.company_id == company.id))
        session.add_all(ApprenticeCount(company_id=company.id, trade=t, apprentices=n, imported_at=now)
                        for t, n in trades.items())
    result.problems.sort(key=lambda p: p.line)
    return result


class PriorityGroup(StrEnum):
    """The campaign's two groups that are worth a letter first."""

    APPROVED_NO_APPRENTICES = "approved_no_apprentices"
    ANOTHER_TRADE = "another_trade"


def priority_group_ids(session: Session, group: PriorityGroup) -> list[str]:
    """Company ids in a priority group.

    - approved, no apprentice: status 'approved without apprentices';
    - apprentices in one trade, could train in another: apprentices now in some trade and either
      approved for a trade where it has none, or interested in a trade it is not approved for.
    """
    live = Company.deleted_at.is_(None)
    if group is PriorityGroup.APPROVED_NO_APPRENTICES:
        return list(session.scalars(select(Company.id).where(
            live, Company.lb_status == LaerebedriftStatus.APPROVED_NO_APPRENTICES.value)
            .order_by(Company.name)))
    counts: dict[str, dict[str, int]] = {}
    for company_id, trade, n in session.execute(
            select(ApprenticeCount.company_id, ApprenticeCount.trade, ApprenticeCount.apprentices)):
        counts.setdefault(company_id, {})[trade] = n
    out: list[str] = []
    for company_id, approved, interest in session.execute(
            select(Company.id, Company.approved_trades, Company.interest_trades).where(
                live, Company.lb_status == LaerebedriftStatus.APPROVED_WITH_APPRENTICES.value)
            .order_by(Company.name)):
        per_trade = counts.get(company_id, {})
        has_apprentices = any(n > 0 for n in per_trade.values()) or not per_trade
        idle_approved = [t for t in approved or [] if per_trade.get(t, 0) == 0] if per_trade else []
        other_interest = [t for t in interest or [] if t not in (approved or [])]
        if has_apprentices and (idle_approved or other_interest):
            out.append(company_id)
    return out
