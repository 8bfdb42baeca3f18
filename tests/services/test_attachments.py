"""Attaching files offline (issue 23): photos lose their location and camera metadata and are
scaled, documents are kept as they are, the same file is kept once, and every bad file is
refused in words with nothing of it kept. Real SQLite stores and real files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from lpj_desktop.services import use
from lpj_desktop.services.attachments import (
    AttachmentRefused,
    AttachOptions,
    attach_file,
    attachments_of,
    bytes_waiting,
    prepare_file,
)
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Attachment, AttachmentUpload, OutboxMutation
from sync.entities import MAX_ATTACHMENT_BYTES, THUMBNAIL_MAX_PX

GPS_TAG, SERIAL_TAG, ORIENTATION_TAG = 0x8825, 0xA431, 0x0112


def photo(path: Path, size: tuple[int, int] = (4000, 3000), orientation: int = 1) -> Path:
    """A JPEG as a phone writes it: GPS position, camera serial number, an orientation."""
    image = Image.new("RGB", size, (30, 90, 160))
    exif = Image.Exif()
    exif[ORIENTATION_TAG] = orientation
    exif[SERIAL_TAG] = "SN-123456"
    exif[GPS_TAG] = {1: "N", 2: (69.0, 58.0, 0.0), 3: "E", 4: (23.0, 16.0, 0.0)}
    image.save(path, "JPEG", exif=exif, quality=90)
    return path


@pytest.fixture
def blobs(store: Store) -> LocalBlobs:
    return LocalBlobs.beside(store.path)


@pytest.fixture
def company_id(store: Store) -> str:
    with store.session() as s:
        return add_company_by_hand(s, name="Alta Elektro AS", municipality_number="5601").id


def _files(blobs: LocalBlobs) -> list[Path]:
    return [p for p in blobs.root.rglob("*") if p.is_file()] if blobs.root.exists() else []


def _count(store: Store, model: type) -> int:
    with store.reader() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_photo_is_stripped_scaled_thumbnailed_and_queued(
        store: Store, blobs: LocalBlobs, company_id: str, tmp_path: Path) -> None:
    source = photo(tmp_path / "IMG_0001.JPG", orientation=6)
    attachment = use.write(store, attach_file, blobs, source, "company", company_id,
                           author_id="u1", caption="  Verkstedet  ")
    with store.reader() as s:
        stored = s.get(Attachment, attachment.id)
        assert stored.caption == "Verkstedet" and stored.media_type == "image/jpeg"
        # Orientation 6: the camera held it on its side; stored upright, then scaled.
        assert (stored.width, stored.height) == (1920, 2560)
        kept = Image.open(blobs.path(stored.sha256))
        assert kept.size == (1920, 2560)
        exif = kept.getexif()
        assert GPS_TAG not in exif and SERIAL_TAG not in exif and not exif.get_ifd(GPS_TAG)
        assert b"SN-123456" not in blobs.path(stored.sha256).read_bytes()
        thumb = Image.open(blobs.path(stored.thumbnail_sha256))
        assert max(thumb.size) == THUMBNAIL_MAX_PX and thumb.size[1] > thumb.size[0]
        assert stored.size == blobs.path(stored.sha256).stat().st_size
        mutation = s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "attachment")).one()
        assert mutation.args["fields"]["sha256"] == stored.sha256
        assert [a.id for a in attachments_of(s, "company", company_id)] == [attachment.id]
        # A photo and its thumbnail: one file.
        assert bytes_waiting(s) == (1, stored.size + stored.thumbnail_size)


def test_keep_original_keeps_the_size_but_not_the_location(
        blobs: LocalBlobs, tmp_path: Path) -> None:
    prepared = prepare_file(blobs, photo(tmp_path / "a.jpg"), AttachOptions(keep_original=True))
    kept = Image.open(blobs.path(prepared.sha256))
    assert kept.size == (4000, 3000)
    assert GPS_TAG not in kept.getexif()
    smaller = prepare_file(blobs, photo(tmp_path / "b.jpg"), AttachOptions(max_side=1000))
    assert (smaller.width, smaller.height) == (1000, 750)


def test_documents_are_kept_as_they_are_and_the_same_file_once(
        store: Store, blobs: LocalBlobs, company_id: str, tmp_path: Path) -> None:
    pdf = tmp_path / "godkjenning.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(5000) + b"\n%%EOF\n")
    first = use.write(store, attach_file, blobs, pdf, "company", company_id, author_id="u1")
    second = use.write(store, attach_file, blobs, pdf, "company", company_id, author_id="u1")
    assert first.sha256 == second.sha256 and first.id != second.id
    assert blobs.path(first.sha256).read_bytes() == pdf.read_bytes()
    assert first.thumbnail_sha256 is None and first.media_type == "application/pdf"
    assert len(_files(blobs)) == 1 and _count(store, AttachmentUpload) == 1


def test_heic_is_read_where_pillow_heif_is_installed(blobs: LocalBlobs, tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    source = tmp_path / "IMG_0002.HEIC"
    pillow_heif.from_pillow(Image.new("RGB", (640, 480), "green")).save(source)
    prepared = prepare_file(blobs, source)
    assert prepared.media_type == "image/jpeg" and prepared.file_name == "IMG_0002.jpg"


def _bytes(data: bytes):
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


def _bomb(path: Path) -> Path:
    # A PNG claiming 20000 x 20000 pixels that compresses to almost nothing.
    Image.new("1", (20_000, 20_000)).save(path, "PNG")
    return path


def _not_an_image(path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 this is a Word file someone renamed")
    return path


def _truncated_jpeg(path: Path) -> Path:
    full = io.BytesIO()
    Image.new("RGB", (800, 600), "red").save(full, "JPEG")
    path.write_bytes(full.getvalue()[:300])
    return path


@pytest.mark.parametrize(("maker", "name", "key"), [
    (_bytes(b""), "tom.pdf", "empty"),
    (_not_an_image, "bilde.jpg", "not_an_image"),
    (_truncated_jpeg, "halv.jpg", "not_an_image"),
    (_bomb, "bombe.png", "too_many_pixels"),
    (_bytes(b"MZ\x90\x00 a program"), "virus.exe", "unsupported"),
    (lambda p: p, "borte.jpg", "gone"),
])
def test_bad_files_are_refused_in_words_and_nothing_is_kept(
        store: Store, blobs: LocalBlobs, company_id: str, tmp_path: Path,
        maker, name: str, key: str) -> None:
    path = maker(tmp_path / name)
    with pytest.raises(AttachmentRefused) as refused:
        use.write(store, attach_file, blobs, path, "company", company_id, author_id="u1")
    assert refused.value.key == key
    assert refused.value.message and "{" not in refused.value.message
    assert _files(blobs) == [] and _count(store, Attachment) == 0
    assert _count(store, OutboxMutation) == 1  # the company's create only


def test_a_file_over_the_limit_is_refused_before_it_is_read(
        store: Store, blobs: LocalBlobs, company_id: str, tmp_path: Path) -> None:
    huge = tmp_path / "film.pdf"
    with open(huge, "wb") as f:  # sparse: 2 GB on paper, nothing on disk
        f.truncate(2 * 1024**3)
    read: list[int] = []
    with pytest.raises(AttachmentRefused) as refused:
        prepare_file(blobs, huge, progress=read.append)
    assert refused.value.key == "too_big" and "50,0 MB" in refused.value.message
    assert read == [] and _files(blobs) == []
    just_over = tmp_path / "stor.pdf"
    just_over.write_bytes(b"%PDF-" + b"0" * MAX_ATTACHMENT_BYTES)
    with pytest.raises(AttachmentRefused):
        prepare_file(blobs, just_over)


def test_a_file_that_disappears_while_it_is_read_is_refused(
        store: Store, blobs: LocalBlobs, company_id: str, tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF-1.4\n" + os.urandom(3 * 1024 * 1024))

    def pulled_out(_read: int) -> None:
        # The memory stick is pulled: what was not read yet is gone, and so is the file.
        if path.exists():
            os.truncate(path, 1024 * 1024)
            path.unlink()

    with pytest.raises(AttachmentRefused) as refused:
        prepare_file(blobs, path, progress=pulled_out)
    assert refused.value.key == "changed"
    assert _files(blobs) == []


def test_attaching_to_a_deleted_or_unknown_record_is_refused(
        store: Store, blobs: LocalBlobs, tmp_path: Path) -> None:
    with pytest.raises(AttachmentRefused) as refused:
        use.write(store, attach_file, blobs, photo(tmp_path / "x.jpg", (100, 100)), "visit",
                  "no-such-visit", author_id="u1")
    assert refused.value.key == "parent_unknown" and _count(store, Attachment) == 0


def test_a_company_rekeyed_by_the_sync_keeps_its_files_and_their_queued_create(
        store: Store, blobs: LocalBlobs, tmp_path: Path) -> None:
    from lpj_desktop.store.models import Company
    from lpj_desktop.sync_client.records import ApplyStats, bulk_upsert
    from sync.kernel.ids import company_id_for_orgnr, uuid7
    from sync.protocol import Change

    orgnr = "974760673"
    local_id = uuid7()
    with store.session() as s:
        s.add(Company(id=local_id, orgnr=orgnr, name="Lokal AS"))
    attachment = use.write(store, attach_file, blobs, photo(tmp_path / "a.jpg", (200, 100)), "company",
                           local_id, author_id="u1")
    from datetime import UTC, datetime

    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.visits import record_visit

    use.write(store, record_visit, VisitDraft(company_id=local_id, occurred_at=datetime.now(UTC),
                                              channel=Channel.PHONE, outcome=Outcome.WANTS_INFORMATION), "u1")
    server_id = company_id_for_orgnr(orgnr)
    with store.session() as s:
        stats = ApplyStats()
        bulk_upsert(s, "company", [Change(entity="company", record_id=server_id, version=2,
                                          fields={"orgnr": orgnr, "name": "Server AS"})], stats)
        assert stats.rekeyed == 1
    with store.reader() as s:
        assert s.get(Attachment, attachment.id).parent_id == server_id
        queued = s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "attachment")).one()
        assert queued.args["fields"]["parent_id"] == server_id
        # So do a visit's queued create and its company's (the re-key's rewrites of queued
        # mutations were dropped by the expiry that followed them, for lack of a flush).
        visit_create = s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "visit")).one()
        assert visit_create.args["fields"]["company_id"] == server_id
        company_create = s.scalars(select(OutboxMutation).where(OutboxMutation.entity == "company")).one()
        assert company_create.record_id == server_id
