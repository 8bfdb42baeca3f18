from datetime import UTC, datetime, timedelta

from lpj_desktop.domain.ladder import LADDER, Outcome, OutcomeEvent, current_stage

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def stage(*outcomes: Outcome) -> Outcome | None:
    return current_stage(OutcomeEvent(T0 + timedelta(days=i), o) for i, o in enumerate(outcomes))


def test_ladder_order_is_the_designed_one() -> None:
    assert LADDER[0] is Outcome.NOT_REACHED and LADDER[-1] is Outcome.CONTRACT_SIGNED
    assert [o.rank for o in LADDER] == list(range(len(LADDER)))


def test_no_visits_no_stage() -> None:
    assert stage() is None


def test_highest_rung_wins_and_not_reached_never_lowers() -> None:
    assert stage(Outcome.WANTS_INFORMATION, Outcome.APPROVED, Outcome.NOT_REACHED) is Outcome.APPROVED
    assert stage(Outcome.NOT_REACHED, Outcome.NOT_REACHED) is Outcome.NOT_REACHED


def test_change_of_mind_resets_soft_interest_but_not_facts() -> None:
    assert stage(Outcome.WANTS_INFORMATION, Outcome.NOT_INTERESTED) is Outcome.NOT_INTERESTED
    assert stage(Outcome.PLACE_OFFERED, Outcome.NOT_INTERESTED) is Outcome.PLACE_OFFERED
    assert stage(Outcome.NOT_INTERESTED, Outcome.FOLLOW_UP_AGREED) is Outcome.FOLLOW_UP_AGREED


def test_order_is_by_time_not_by_input_order() -> None:
    events = [OutcomeEvent(T0 + timedelta(days=2), Outcome.NOT_INTERESTED),
              OutcomeEvent(T0, Outcome.WANTS_INFORMATION)]
    assert current_stage(events) is Outcome.NOT_INTERESTED
    assert current_stage(list(reversed(events))) is Outcome.NOT_INTERESTED


def test_agreement_threshold() -> None:
    assert not Outcome.WANTS_INFORMATION.is_agreement
    assert Outcome.FOLLOW_UP_AGREED.is_agreement and Outcome.CONTRACT_SIGNED.is_agreement
