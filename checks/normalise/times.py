"""Clock times of day: 午後9時30分, 21時30分, 7:09 p.m., noon."""

from __future__ import annotations

from checks.normalise.date_atoms import Atom


def clock(
    start: int, end: int, hour: int, minute: int, ap: str | None, hour_only: bool
) -> Atom | None:
    """A time of day; ``午後``/``p.m.``/``夜`` move the hour past noon.

    夜12時 is the midnight that ends the evening (hour 24, the next day's 0時).
    """
    marker = (ap or "").lower().replace(".", "")
    if marker in ("午後", "pm", "夜", "夕方") and hour < 12:
        hour += 12
    elif marker == "夜" and hour == 12:
        hour = 24
    elif marker in ("午前", "am", "深夜", "未明") and hour == 12:
        hour = 0
    if hour > 29 or minute > 59:
        return None
    atom = Atom(start, end, "time", hour=hour, minute=minute)
    if hour_only:
        atom.tags.append("hour")
    return atom
