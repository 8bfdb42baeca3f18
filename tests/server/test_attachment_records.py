"""Attachment records (issue 23) on the server: they follow their parent's access exactly, fix
what describes the file, and go with their parent when it is erased. SQLite and PostgreSQL, over
the HTTP API."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.server.harness import ServerHarness, mutation, new_id, visit_fields


def attachment_fields(author: str, parent: str, parent_entity: str = "visit", **more: Any) -> dict[str, Any]:
    digest = hashlib.sha256(f"{parent}{more}".encode()).hexdigest()
    return {"parent_entity": parent_entity, "parent_id": parent, "author_id": author,
            "sha256": digest, "size": 1234, "media_type": "image/jpeg", "file_name": "kort.jpg",
            **more}


def _seen(api: Any, record_id: str) -> bool:
    api.pull_all()
    return ("attachment", record_id) in api.replica


def test_an_attachment_is_seen_by_exactly_whom_its_parent_is(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", team="Nord")
    mate = harness.new_user("mate", team="Nord")
    other_team = harness.new_user("per", team="Sør")
    staff = harness.new_user("sjef", role="staff")
    stranger = harness.new_user("fremmed", org="Opplæringskontoret Sør")
    company, visit, on_visit, on_company = new_id(), new_id(), new_id(), new_id()
    results = kari.push([
        mutation(1, "create", "company", company, name="Alta Elektro AS"),
        mutation(2, "create", "visit", visit, **visit_fields(kari.user_id, company)),
        mutation(3, "create", "attachment", on_visit, **attachment_fields(kari.user_id, visit)),
        mutation(4, "create", "attachment", on_company,
                 **attachment_fields(kari.user_id, company, "company", caption="Verkstedet")),
    ])["results"]
    assert [r["status"] for r in results] == ["applied"] * 4, results
    assert _seen(mate, on_visit) and _seen(staff, on_visit)
    assert not _seen(other_team, on_visit)
    # A company is everyone's register; a photo of it stays in the attaching organisation.
    assert _seen(other_team, on_company)
    assert not _seen(stranger, on_visit) and not _seen(stranger, on_company)


def test_writes_follow_the_parent(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", team="Nord")
    mate = harness.new_user("mate", team="Nord")
    stranger = harness.new_user("fremmed", org="Opplæringskontoret Sør")
    company, visit, campaign = new_id(), new_id(), new_id()
    kari.push([mutation(1, "create", "company", company, name="Alta Elektro AS"),
               mutation(2, "create", "visit", visit, **visit_fields(kari.user_id, company))])
    # Kari's visit is hers alone to write, so to attach to.
    refused = mate.send("create", "attachment", new_id(), **attachment_fields(mate.user_id, visit))
    assert refused["status"] == "rejected" and refused["error_code"] == "not_owner", refused
    # Another organisation's visit is named like one that does not exist.
    refused = stranger.send("create", "attachment", new_id(), **attachment_fields(stranger.user_id, visit))
    assert refused["error_code"] == "unknown_reference" and visit in refused["message"]
    # Someone else's name as the author.
    refused = kari.send("create", "attachment", new_id(), **attachment_fields(mate.user_id, visit))
    assert refused["error_code"] == "not_owner"
    # Campaigns are written by staff only: so are their files.
    staff = harness.new_user("sjef", role="staff")
    staff.send("create", "campaign", campaign, name="Høst", starts_on="2026-08-01", ends_on="2026-10-31")
    refused = kari.send("create", "attachment", new_id(),
                        **attachment_fields(kari.user_id, campaign, "campaign"))
    assert refused["error_code"] == "staff_only"
    assert staff.send("create", "attachment", new_id(),
                      **attachment_fields(staff.user_id, campaign, "campaign"))["status"] == "applied"


def test_the_file_is_fixed_the_caption_is_not_and_limits_hold(harness: ServerHarness) -> None:
    kari = harness.new_user("kari")
    company, visit, attachment = new_id(), new_id(), new_id()
    kari.push([mutation(1, "create", "company", company, name="Alta Elektro AS"),
               mutation(2, "create", "visit", visit, **visit_fields(kari.user_id, company)),
               mutation(3, "create", "attachment", attachment, **attachment_fields(kari.user_id, visit))])
    assert kari.send("update", "attachment", attachment, base=1, caption="Tavla")["status"] == "applied"
    refused = kari.send("update", "attachment", attachment, base=2, sha256="0" * 64)
    assert refused["error_code"] == "invalid_fields" and "sha256" in refused["message"]
    for bad, words in (({"size": 0}, "size"), ({"size": 3 * 1024**3}, "size"),
                       ({"sha256": "not-a-hash"}, "SHA-256"), ({"media_type": "application/x-msdownload"},
                                                                "media_type"),
                       ({"parent_entity": "goal"}, "parent_entity")):
        fields = {**attachment_fields(kari.user_id, visit), **bad}
        refused = kari.send("create", "attachment", new_id(), **fields)
        assert refused["status"] == "rejected" and words in refused["message"], (bad, refused)


def test_deleting_the_parent_takes_its_attachments_to_every_laptop(harness: ServerHarness) -> None:
    kari = harness.new_user("kari", team="Nord")
    mate = harness.new_user("mate", team="Nord")
    company, visit, contact = new_id(), new_id(), new_id()
    photos = [new_id(), new_id()]
    card = new_id()
    kari.push([mutation(1, "create", "company", company, name="Alta Elektro AS"),
               mutation(2, "create", "visit", visit, **visit_fields(kari.user_id, company)),
               mutation(3, "create", "attachment", photos[0], **attachment_fields(kari.user_id, visit)),
               mutation(4, "create", "attachment", photos[1],
                        **attachment_fields(kari.user_id, visit, caption="b")),
               mutation(5, "create", "contact", contact, company_id=company, name="Per Olsen"),
               mutation(6, "create", "attachment", card,
                        **attachment_fields(kari.user_id, contact, "contact"))])
    mate.pull_all()
    kari.send("delete", "visit", visit, base=1)
    kari.send("delete", "contact", contact, base=1)
    mate.pull_all()
    for attachment in (*photos, card):
        assert harness.record("attachment", attachment)["deleted"]
        assert mate.replica[("attachment", attachment)]["deleted"]
    # And a file cannot bring the erased visit back.
    refused = kari.send("create", "attachment", new_id(),
                        **attachment_fields(kari.user_id, visit, caption="c"))
    assert refused["error_code"] == "record_deleted"
