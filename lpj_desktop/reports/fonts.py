"""The fonts every PDF of the app prints with (the campaign report, the campaign letters)."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

# The app's PDFs keep their compressed streams binary, as PDF readers and printers take them:
# reportlab's default writes them again as ASCII85 text (for 7-bit mail of the 1990s), which made
# the files a quarter larger and, without reportlab's C accelerator, took a fifth of the time of
# 8,000 campaign letters in pure Python, holding the GIL against the window.
rl_config.useA85 = 0

_FONT_CANDIDATES = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial.ttf", "/System/Library/Fonts/Supplemental/Arial Bold.ttf"),
    ("/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"),
]


@cache
def fonts() -> tuple[str, str]:
    """(regular, bold) font names. A TrueType font when the system has one (Sami letters such as
    ŋ and ŧ print); otherwise the PDF base fonts, which cover æ, ø and å."""
    for regular, bold in _FONT_CANDIDATES:
        if Path(regular).exists() and Path(bold).exists():
            try:
                pdfmetrics.registerFont(TTFont("Report", regular))
                pdfmetrics.registerFont(TTFont("Report-Bold", bold))
                return "Report", "Report-Bold"
            except Exception:  # a damaged font file: the base fonts still work
                log.warning("font %s could not be loaded; using Helvetica", regular, exc_info=True)
    return "Helvetica", "Helvetica-Bold"
