"""When to try again after a failed sync: exponential backoff with full jitter.

Clock and randomness are injected so tests (and the GUI worker) decide what time it is.
"""

from __future__ import annotations

import random as _random
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """`failed()` gives the wait before the next try; `succeeded()` starts over.

    Full jitter (a random wait between 0 and the exponential cap) keeps many laptops that lost the
    network together from all coming back in the same second.
    """

    base: float = 2.0
    factor: float = 2.0
    maximum: float = 300.0
    clock: Callable[[], float] = time.monotonic
    random: Callable[[], float] = _random.random
    failures: int = 0
    next_at: float = field(default=0.0)

    def cap(self) -> float:
        """The largest wait after the current number of failures."""
        if self.failures <= 0:
            return 0.0
        return min(self.maximum, self.base * self.factor ** (self.failures - 1))

    def failed(self) -> float:
        """Count a failure; returns the seconds to wait before the next try."""
        self.failures += 1
        cap = self.cap()
        # At least a tenth of the cap, so a retry never comes back at once in a tight loop.
        delay = cap * (0.1 + 0.9 * self.random())
        self.next_at = self.clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.next_at = 0.0

    def due(self) -> bool:
        """True when a try is allowed now."""
        return self.clock() >= self.next_at

    def remaining(self) -> float:
        return max(0.0, self.next_at - self.clock())
