import pytest

from sync.kernel.orgnr import is_valid_orgnr, orgnr_problem, with_check_digit


@pytest.mark.parametrize("nr", ["927717468", "919602139", "974 760 673", "974.760.673"])
def test_real_numbers_pass(nr: str) -> None:
    assert is_valid_orgnr(nr)


@pytest.mark.parametrize(("nr", "problem"), [
    ("927717469", "bad_checksum"),
    ("92771746", "wrong_length"),
    ("9277174680", "wrong_length"),
    ("92771746A", "not_digits"),
    ("", "empty"),
    ("٩٢٧٧١٧٤٦٨", "not_digits"),  # Arabic-Indic digits are digits to Python, not to the register
])
def test_bad_numbers_say_why(nr: str, problem: str) -> None:
    assert orgnr_problem(nr) == problem


def test_check_digit_completion_round_trips() -> None:
    assert with_check_digit("92771746") == "927717468"
    # Every completed number validates; remainder-1 prefixes have no valid digit.
    for prefix in range(91000000, 91000200):
        full = with_check_digit(str(prefix))
        if full is not None:
            assert is_valid_orgnr(full)
