"""What an extractor knows about the text it reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo


@dataclass(frozen=True)
class Context:
    """``lang`` is ``ja`` or ``en`` (anything else reads as ``en``).

    ``published`` is the text's reference time as a naive local datetime, or
    ``None`` when the text has none (relative words then stay unresolved).
    ``zone`` is the zone ``published`` was written in, when it had one.
    """

    lang: str = "ja"
    published: datetime | None = None
    zone: tzinfo | None = None
