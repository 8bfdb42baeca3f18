"""Attaching files to a visit, a company, a contact, an event or a campaign, offline (issue 23).

Two steps, so that a view can do the slow one off the UI thread:

* `prepare_file(blobs, path, options)` reads the file, checks it, and files what is to be kept in
  the content-addressed store (lpj_desktop/store/blobs.py): a photo without its location and
  camera metadata, scaled to `options.max_side` unless the original is kept, plus a thumbnail;
  a document (PDF, Office) as it is. No database.
* `attach_prepared(session, prepared, …)` writes the attachment record and its outbox mutation
  (services/changes.py) and queues the bytes for upload, in the caller's transaction.

`attach_file` does both (the CLI, tests). A refused file raises `AttachmentRefused` with a key and
a sentence; nothing of it is kept (the store only ever holds whole files under their hash).
"""

from __future__ import annotations

import io
import os
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.services import changes
from lpj_desktop.services.profile import is_staff_profile
from lpj_desktop.services.sync_records import MODELS
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment, AttachmentUpload
from lpj_desktop.store.models.attachment import UploadState
from sync.entities import ENTITIES, MAX_ATTACHMENT_BYTES, THUMBNAIL_MAX_PX, Policy
from sync.vocabulary import AttachmentParent, MediaType

try:  # HEIC (iPhone photos) where the well-kept pillow-heif reads it; converted to JPEG.
    from pillow_heif import register_heif_opener

    register_heif_opener()
    HEIC_READABLE = True
except ImportError:  # pragma: no cover - an installation without it refuses HEIC in words
    HEIC_READABLE = False

READ_CHUNK = 1024 * 1024
JPEG_QUALITY = 85
THUMBNAIL_QUALITY = 70

# Pillow's guard against decompression bombs: more pixels than this warn, twice as many raise.
# Both are refused here (a warning turned into an error), so the limit is Pillow's own.
PIXEL_LIMIT = Image.MAX_IMAGE_PIXELS or 89_478_485

PHOTO_TYPES = frozenset({MediaType.JPEG, MediaType.PNG, MediaType.HEIC})
_IMAGE_EXTENSIONS = {".jpg": MediaType.JPEG, ".jpeg": MediaType.JPEG, ".jpe": MediaType.JPEG,
                     ".png": MediaType.PNG, ".heic": MediaType.HEIC, ".heif": MediaType.HEIC}
# Office files are containers (ZIP, OLE2): which one is read from the extension once the
# container is recognised from the bytes.
_ZIP_TYPES = {".docx": MediaType.DOCX, ".xlsx": MediaType.XLSX, ".pptx": MediaType.PPTX,
              ".odt": MediaType.ODT, ".ods": MediaType.ODS, ".odp": MediaType.ODP}
_OLE_TYPES = {".doc": MediaType.DOC, ".xls": MediaType.XLS, ".ppt": MediaType.PPT}

# What each refusal says (the UI translates by key; these are the words the CLI and logs show).
MESSAGES: dict[str, str] = {
    "gone": "Fila finnes ikke lenger (flyttet, slettet eller en minnepinne tatt ut).",
    "unreadable": "Fila kunne ikke leses: {detail}",
    "changed": "Fila endret seg mens den ble lest. Prøv igjen når den er ferdig lagret.",
    "empty": "Fila er tom.",
    "too_big": "Fila er for stor ({size}). Største tillatte er {limit}.",
    "not_an_image": "Fila heter {name}, men er ikke et bilde appen kan lese.",
    "too_many_pixels": "Bildet har for mange bildepunkter ({pixels}) og kan ikke åpnes trygt.",
    "heic_unreadable": "HEIC-bilder kan ikke leses på denne maskinen.",
    "unsupported": "Denne filtypen kan ikke legges ved. Bruk bilder (JPEG, PNG, HEIC), PDF eller "
                   "Office-filer.",
    "parent_unknown": "Det du vil legge fila ved, finnes ikke (lenger) her.",
    "attachment_gone": "Vedlegget finnes ikke lenger (fjernet her, eller slettet av en synkronisering).",
    "not_yours": "Bare den som la ved fila, kan endre eller fjerne den.",
    "parent_not_yours": "Bare den som registrerte det, kan legge ved filer her.",
    "staff_only": "Bare ansatte ved kontoret kan legge ved filer her.",
}


class AttachmentRefused(ValueError):
    """A file that cannot be attached: `key` names why (MESSAGES), `message` says it."""

    def __init__(self, key: str, **values: object) -> None:
        self.key = key
        self.values = values
        self.message = MESSAGES[key].format(**values)
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class AttachOptions:
    """How photos are kept. `max_side`: the longest side after scaling (setting); `keep_original`:
    no scaling (the location and camera metadata still go)."""

    max_side: int = 2560
    keep_original: bool = False


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """A file checked and filed in the local store, ready to be attached."""

    sha256: str
    size: int
    media_type: MediaType
    file_name: str
    width: int | None = None
    height: int | None = None
    thumbnail_sha256: str | None = None
    thumbnail_size: int | None = None


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def _read_whole(path: Path, progress: Callable[[int], None] | None) -> bytes:
    """The file's bytes, read in chunks up to the limit; refused if it is missing, too big, or
    changes size while it is read (a copy still being written, a file being deleted)."""
    try:
        with open(path, "rb") as f:
            expected = os.fstat(f.fileno()).st_size
            if expected > MAX_ATTACHMENT_BYTES:
                raise AttachmentRefused("too_big", size=_mb(expected), limit=_mb(MAX_ATTACHMENT_BYTES))
            out = io.BytesIO()
            while True:
                chunk = f.read(READ_CHUNK)
                if not chunk:
                    break
                out.write(chunk)
                if out.tell() > MAX_ATTACHMENT_BYTES:
                    raise AttachmentRefused("too_big", size=_mb(out.tell()),
                                            limit=_mb(MAX_ATTACHMENT_BYTES))
                if progress is not None:
                    progress(out.tell())
            now = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise AttachmentRefused("gone") from None
    except IsADirectoryError:
        raise AttachmentRefused("unsupported") from None
    except OSError as exc:
        raise AttachmentRefused("unreadable", detail=exc.strerror or str(exc)) from exc
    data = out.getvalue()
    if len(data) != expected or now != expected or not path.exists():
        raise AttachmentRefused("changed")
    if not data:
        raise AttachmentRefused("empty")
    return data


def _sniff(data: bytes, name: str) -> MediaType:
    """The media type from the bytes (the extension only tells containers apart): a .jpg that
    is a Word file is not taken for a photo."""
    ext = Path(name).suffix.lower()
    if data.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return MediaType.PNG
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis"):
        return MediaType.HEIC
    if ext in _IMAGE_EXTENSIONS:
        raise AttachmentRefused("not_an_image", name=name)
    if data.startswith(b"%PDF-"):
        return MediaType.PDF
    if data.startswith(b"PK\x03\x04") and ext in _ZIP_TYPES:
        return _ZIP_TYPES[ext]
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") and ext in _OLE_TYPES:
        return _OLE_TYPES[ext]
    raise AttachmentRefused("unsupported")


def _open_image(data: bytes, name: str) -> Image.Image:
    """The decoded image, refused in words when it is none, or a decompression bomb."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            width, height = image.size
            if width * height > PIXEL_LIMIT:
                raise AttachmentRefused("too_many_pixels", pixels=f"{width} × {height}")
            image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise AttachmentRefused("too_many_pixels", pixels="?") from None
    except UnidentifiedImageError:
        raise AttachmentRefused("not_an_image", name=name) from None
    except (OSError, SyntaxError, ValueError) as exc:  # truncated or damaged inside
        raise AttachmentRefused("not_an_image", name=name) from exc
    return image


def _upright_scaled(image: Image.Image, options: AttachOptions) -> Image.Image:
    """The photo turned upright as the camera said (in place: no copy of an upright photo) and
    scaled to `options.max_side` unless the original is kept (a new, smaller image)."""
    ImageOps.exif_transpose(image, in_place=True)
    if options.keep_original or max(image.size) <= options.max_side:
        return image
    scale = options.max_side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS)


def _encoded(image: Image.Image, fmt: str, **params: object) -> bytes:
    """`image` encoded as `fmt`, through a temporary file. Pillow encodes to a file in one call
    that lets go of the interpreter lock; to memory (BytesIO) it encodes block by block holding
    it, and the window, waiting for the lock between its own steps, stood still for tens of ms
    per photo while fifty were attached (bench/bench_attach_stall.py)."""
    with tempfile.TemporaryFile() as f:
        image.save(f, fmt, **params)
        f.seek(0)
        return f.read()


def _clean_photo(upright: Image.Image, media_type: MediaType, icc: bytes | None,
                 options: AttachOptions) -> tuple[bytes, MediaType]:
    """The photo (upright and scaled already) re-encoded without metadata (EXIF with GPS and
    serial numbers, XMP, IPTC). HEIC becomes JPEG, which every laptop can show. Only the colour
    profile (`icc`) rides along."""
    # A fresh info dict: nothing of the source's metadata can be carried into the save.
    upright.info = {}
    profile = {"icc_profile": icc} if icc else {}
    if media_type is MediaType.PNG:
        return _encoded(upright, "PNG", optimize=True, **profile), MediaType.PNG
    if upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")
    quality = 95 if options.keep_original else JPEG_QUALITY
    # No optimize=True: it costs three times the encoding time (CPU the window shares) for a
    # file a few per cent smaller.
    return _encoded(upright, "JPEG", quality=quality, exif=b"", **profile), MediaType.JPEG


def _thumbnail(upright: Image.Image) -> bytes:
    """A small JPEG: what every laptop pulls ahead of the originals. Made from the photo as it
    is kept (upright, scaled): a fraction of the original's pixels to filter."""
    scale = THUMBNAIL_MAX_PX / max(upright.size)
    thumb = (upright.resize((max(1, round(upright.width * scale)), max(1, round(upright.height * scale))),
                            Image.Resampling.LANCZOS, reducing_gap=2.0)
             if scale < 1 else upright.copy())
    if thumb.mode in ("RGBA", "LA", "P"):
        thumb = thumb.convert("RGBA")
        background = Image.new("RGB", thumb.size, "white")
        background.paste(thumb, mask=thumb.getchannel("A"))
        thumb = background
    elif thumb.mode != "RGB":
        thumb = thumb.convert("RGB")
    thumb.info = {}
    return _encoded(thumb, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True, exif=b"")


def prepare_file(blobs: LocalBlobs, path: Path | str, options: AttachOptions | None = None, *,
                 file_name: str | None = None,
                 progress: Callable[[int], None] | None = None) -> PreparedFile:
    """Check the file at `path` and file what is to be kept in `blobs` (no database: run it off
    the UI thread). `file_name`: the name to show (a pasted image has none of its own).
    `progress(bytes_read)` is called as the file is read. Raises AttachmentRefused."""
    options = options or AttachOptions()
    path = Path(path)
    name = (file_name or path.name)[:255]
    data = _read_whole(path, progress)
    media_type = _sniff(data, name)
    if media_type not in PHOTO_TYPES:
        digest = blobs.put_bytes(data)
        return PreparedFile(digest, len(data), media_type, name)
    if media_type is MediaType.HEIC and not HEIC_READABLE:
        raise AttachmentRefused("heic_unreadable")
    image = _open_image(data, name)
    icc = image.info.get("icc_profile")
    upright = _upright_scaled(image, options)
    thumb = _thumbnail(upright)
    kept, kept_type = _clean_photo(upright, media_type, icc, options)
    if len(kept) > MAX_ATTACHMENT_BYTES:
        raise AttachmentRefused("too_big", size=_mb(len(kept)), limit=_mb(MAX_ATTACHMENT_BYTES))
    with Image.open(io.BytesIO(kept)) as check:
        width, height = check.size
    if kept_type is not media_type:
        name = str(Path(name).with_suffix(".jpg"))
    digest = blobs.put_bytes(kept)
    thumb_digest = blobs.put_bytes(thumb)
    return PreparedFile(digest, len(kept), kept_type, name, width, height, thumb_digest, len(thumb))


def attach_prepared(session: Session, prepared: PreparedFile, parent_entity: str, parent_id: str, *,
                    author_id: str, caption: str | None = None) -> Attachment:
    """Record a prepared file as an attachment of the record, queue its sync and its upload.
    Refused (AttachmentRefused) where `attach_refusal` says why."""
    parent_kind = AttachmentParent(parent_entity)
    refusal = attach_refusal(session, parent_kind.value, parent_id, author_id)
    if refusal is not None:
        raise AttachmentRefused(refusal)
    attachment = Attachment(
        parent_entity=parent_kind.value, parent_id=parent_id, author_id=author_id,
        sha256=prepared.sha256, size=prepared.size, media_type=prepared.media_type.value,
        file_name=prepared.file_name, caption=(caption or "").strip() or None,
        width=prepared.width, height=prepared.height, thumbnail_sha256=prepared.thumbnail_sha256,
        thumbnail_size=prepared.thumbnail_size)
    changes.create(session, attachment)
    # The thumbnail first in the queue's order of the same moment: other laptops need it first.
    queue_upload(session, prepared.sha256, prepared.size, attachment.id, "original")
    if prepared.thumbnail_sha256 and prepared.thumbnail_size:
        queue_upload(session, prepared.thumbnail_sha256, prepared.thumbnail_size, attachment.id,
                     "thumbnail")
    return attachment


def attach_refusal(session: Session, parent_entity: str, parent_id: str, user_id: str) -> str | None:
    """Why `user_id` may not attach files to this record (a MESSAGES key), or None when they may.

    A file follows its parent's rules (sync/entities.py, Policy.ATTACHED): whoever may write the
    parent attaches to it. So a record that belongs to its author (a visit, an event) takes files
    from its author only, a staff-only record (a campaign) from staff only; a company or a contact
    person from anyone. The server refuses the rest; asked here, the person hears it at once
    instead of after a sync, and a view can say it before anything is chosen."""
    kind = AttachmentParent(parent_entity).value
    parent = session.get(MODELS[kind], parent_id)
    if parent is None or parent.deleted_at is not None:
        return "parent_unknown"
    spec = ENTITIES[kind]
    if spec.policy is Policy.OWNED and spec.owner_field and getattr(parent, spec.owner_field) != user_id:
        return "parent_not_yours"
    if spec.staff_only and not is_staff_profile(session):
        return "staff_only"
    return None


def queue_upload(session: Session, digest: str, size: int, attachment_id: str, role: str) -> None:
    """Queue a file for upload unless it is queued or uploaded already (the same file attached
    twice goes once)."""
    if session.get(AttachmentUpload, digest) is None:
        session.add(AttachmentUpload(sha256=digest, size=size, attachment_id=attachment_id, role=role,
                                     state=UploadState.WAITING))
        session.flush()


def attach_file(session: Session, blobs: LocalBlobs, path: Path | str, parent_entity: str,
                parent_id: str, *, author_id: str, caption: str | None = None,
                options: AttachOptions | None = None) -> Attachment:
    """`prepare_file` then `attach_prepared`, in one call (the CLI, tests). It reads and scales the
    file inside the caller's transaction: a view prepares in a worker and attaches after."""
    prepared = prepare_file(blobs, path, options)
    return attach_prepared(session, prepared, parent_entity, parent_id, author_id=author_id,
                           caption=caption)


def attachments_of(session: Session, parent_entity: str, parent_id: str) -> list[Attachment]:
    """The live attachments of a record, newest first."""
    return list(session.scalars(
        select(Attachment).where(Attachment.parent_id == parent_id,
                                 Attachment.parent_entity == parent_entity,
                                 Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at.desc())))


def bytes_waiting(session: Session) -> tuple[int, int]:
    """(files, bytes) waiting for upload: what the status bar shows. Files count what the person
    attached (an original and its thumbnail are one file); bytes count everything still to send."""
    rows = session.execute(select(AttachmentUpload.size, AttachmentUpload.offset, AttachmentUpload.role)
                           .where(AttachmentUpload.state == UploadState.WAITING)).all()
    return (sum(1 for _size, _offset, role in rows if role != "thumbnail"),
            sum(size - offset for size, offset, _role in rows))
