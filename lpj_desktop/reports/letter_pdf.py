"""Campaign letters on A4, ready for a window envelope.

The recipient's address sits in the left window of a C5 or DL envelope (the window 20 mm from the
left edge, from about 45 to 90 mm from the top; the block starts 5 mm inside it, so that a letter
that slips a little still shows the whole address). Each letter starts on a new page and is
numbered on its own ("Side 1 av 2"), with the company's name in the footer, so a print run can be
split into letters again by hand. Fold marks at a third and two thirds of the page fold it for DL.
For a double-sided printer (`duplex`), a letter of an odd number of pages is followed by a blank
page, so that every letter starts on the front of a sheet and no letter is printed on the back of
another's.

Drawn straight on the canvas with text objects: 8,000 letters have to be on paper in seconds, and
platypus lays out a page several times slower than this layout, which knows its one shape.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from lpj_desktop.domain.letters import Letter
from lpj_desktop.reports.fonts import fonts

PAGE_W, PAGE_H = A4
LEFT = 25 * mm  # the text's left edge; the envelope window starts at 20 mm
RIGHT = 20 * mm
TEXT_W = PAGE_W - LEFT - RIGHT

# Where the window of a C5/DL envelope is, measured from the top-left corner of the page.
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 45 * mm, 90 * mm, 45 * mm
ADDRESS_TOP = WINDOW_TOP + 7 * mm  # the first address line's baseline, from the top
SENDER_LEFT = 120 * mm
SENDER_TOP = 20 * mm
DATE_TOP = 100 * mm
SUBJECT_TOP = 112 * mm
BODY_TOP_FIRST = 122 * mm
BODY_TOP_NEXT = 25 * mm
BOTTOM = 25 * mm  # no body text below this
FOOTER_Y = 12 * mm

SIZE, LEADING = 11, 14.5
ADDRESS_SIZE, ADDRESS_LEADING = 11, 13.5
SMALL = 8.5

FIRST_PAGE_LINES = int((PAGE_H - BODY_TOP_FIRST - BOTTOM) // LEADING)
NEXT_PAGE_LINES = int((PAGE_H - BODY_TOP_NEXT - BOTTOM) // LEADING)


class LettersCancelled(Exception):
    """The person asked to stop: the file is not finished (the caller removes it)."""


@lru_cache(maxsize=4096)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    # Most paragraphs of a campaign's letters are the same for every company (only a few hold a
    # placeholder), so their wrapping is worked out once: it is most of the layout's time.
    return tuple(simpleSplit(text, font, size, width)) or ("",)


def layout(letter: Letter) -> list[list[str]]:
    """The body lines of each page of `letter` (wrapped; "" is an empty line)."""
    regular, _ = fonts()
    lines: list[str] = []
    for line in letter.lines:
        lines.extend(_wrap(line, regular, SIZE, TEXT_W) if line.strip() else ("",))
    pages = [lines[:FIRST_PAGE_LINES]]
    rest = lines[FIRST_PAGE_LINES:]
    while rest:
        chunk, rest = rest[:NEXT_PAGE_LINES], rest[NEXT_PAGE_LINES:]
        while chunk and not chunk[0]:  # a page does not start with a gap
            chunk.pop(0)
        if chunk:
            pages.append(chunk)
    return pages


@dataclass(frozen=True, slots=True)
class PageWords:
    """The few words the page itself prints, in the letter's written standard."""

    page: str = "Side {0} av {1}"
    reply_code: str = "Svarkode: {0}"
    to: str = "Til: {0}"


def _y(from_top: float) -> float:
    return PAGE_H - from_top


def _draw_letter(canvas: Canvas, letter: Letter, words: PageWords) -> int:
    regular, bold = fonts()
    pages = layout(letter)
    total = len(pages)
    footer_name = words.to.format(letter.recipient[0] if letter.recipient else letter.values.get(
        "bedrift", ""))
    for number, body in enumerate(pages, start=1):
        if number == 1:
            _draw_head(canvas, letter, words, regular, bold)
            top = BODY_TOP_FIRST
        else:
            top = BODY_TOP_NEXT
        text = canvas.beginText(LEFT, _y(top))
        text.setFont(regular, SIZE, LEADING)
        text.textLines(body, trim=0)
        canvas.drawText(text)
        canvas.setFont(regular, SMALL)
        canvas.setFillGray(0.35)
        canvas.drawString(LEFT, FOOTER_Y, footer_name)
        canvas.drawRightString(PAGE_W - RIGHT, FOOTER_Y, words.page.format(number, total))
        canvas.setFillGray(0)
        # Fold marks for a DL envelope (three panels of 99 mm), in the margin.
        canvas.setLineWidth(0.3)
        canvas.line(4 * mm, _y(99 * mm), 8 * mm, _y(99 * mm))
        canvas.line(4 * mm, _y(198 * mm), 8 * mm, _y(198 * mm))
        canvas.showPage()
    return total


def _draw_head(canvas: Canvas, letter: Letter, words: PageWords, regular: str, bold: str) -> None:
    # The sender at the top right: the organisation in bold, then who to call.
    if letter.sender:
        canvas.setFont(bold, 10)
        canvas.drawString(SENDER_LEFT, _y(SENDER_TOP), letter.sender[0])
        text = canvas.beginText(SENDER_LEFT, _y(SENDER_TOP + 5 * mm))
        text.setFont(regular, 9.5, 12)
        text.textLines(list(letter.sender[1:]), trim=0)
        canvas.drawText(text)
    # The recipient, in the envelope's window.
    if letter.recipient:
        text = canvas.beginText(LEFT, _y(ADDRESS_TOP))
        text.setFont(regular, ADDRESS_SIZE, ADDRESS_LEADING)
        text.textLines(list(letter.recipient), trim=0)
        canvas.drawText(text)
    canvas.setFont(regular, 10)
    canvas.drawRightString(PAGE_W - RIGHT, _y(DATE_TOP), letter.date_line)
    canvas.drawRightString(PAGE_W - RIGHT, _y(DATE_TOP + 5 * mm), words.reply_code.format(letter.reply_code))
    canvas.setFont(bold, 12)
    for i, line in enumerate(_wrap(letter.subject, bold, 12, TEXT_W)[:2]):
        canvas.drawString(LEFT, _y(SUBJECT_TOP + i * 5.5 * mm), line)


def write_letters(path: Path, letters: Iterable[Letter], *, title: str = "Brev",
                  words: PageWords | None = None, duplex: bool = False,
                  step: Callable[[int], bool] | None = None) -> list[int]:
    """Write `letters` to one PDF at `path`, each starting on a new page; the page count of each
    letter (blank backs not counted: `padded_pages` gives the file's).

    With `duplex`, each letter of an odd page count is followed by a blank page (the back of its
    last sheet). `step(letters_done)` is called after each letter; when it returns False the work
    stops with LettersCancelled (the half-written file is the caller's to remove).
    """
    words = words or PageWords()
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("lpj-desktop")
    counts: list[int] = []
    for letter in letters:
        counts.append(_draw_letter(canvas, letter, words))
        if duplex and counts[-1] % 2:
            canvas.showPage()  # the blank back of the letter's last sheet
        if step is not None and not step(len(counts)):
            raise LettersCancelled
    canvas.save()
    return counts


def padded_pages(counts: Iterable[int], duplex: bool) -> int:
    """The pages of a print file of letters of `counts` pages (with the blank backs of duplex)."""
    return sum(n + (n % 2 if duplex else 0) for n in counts)
