"""Chart axes: a round grid step, shared by the PDF charts and the on-screen ones."""

from __future__ import annotations


def nice_step(peak: float) -> float:
    """A round step (1, 2, 2.5, 5 × a power of ten) giving about five grid lines up to `peak`."""
    if peak <= 5:
        return 1
    raw = peak / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude
