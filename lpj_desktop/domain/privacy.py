"""The privacy guard as a rule: texts about people must not carry national identity numbers or
health details. Every write path (the forms, the CLI, imports) goes through `guard`, so the rule is
the same wherever a note is written; a person may still save after being warned (`allow`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from lpj_desktop.domain.fnr import find_fodselsnummer, find_health_words


@dataclass(frozen=True, slots=True)
class PrivacyFindings:
    numbers: list[str] = field(default_factory=list)  # what looks like a fødselsnummer, as written
    words: list[str] = field(default_factory=list)  # health words, as found

    def __bool__(self) -> bool:
        return bool(self.numbers or self.words)


class SensitiveText(ValueError):
    """A text looks like it holds personal data; saved only when the person says so (`allow`)."""

    def __init__(self, findings: PrivacyFindings) -> None:
        super().__init__(f"numbers: {findings.numbers}, words: {findings.words}")
        self.findings = findings


def privacy_findings(*texts: str | None) -> PrivacyFindings:
    """What in `texts` looks like a national identity number or health details."""
    joined = "\n".join(t for t in texts if t)
    return PrivacyFindings(find_fodselsnummer(joined), find_health_words(joined))


def guard(*texts: str | None, allow: bool = False) -> None:
    """Raise SensitiveText when `texts` look sensitive and saving them was not allowed."""
    if not allow and (found := privacy_findings(*texts)):
        raise SensitiveText(found)
