"""A text file (fixture) → its front matter and body, or a ``Problem``.

``.md`` texts may open with YAML front matter between two ``---`` lines; ``.txt``
texts have none.  Line numbers in problems are lines of the file.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from checks import errors, yamlread
from checks.errors import Problem
from checks.model import Where

#: texts larger than this are refused
MAX_BYTES = 10 * 1_048_576

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_FENCE = ("---",)
_CLOSE = ("---", "...")


@dataclass(frozen=True)
class SourceFile:
    """One text: metadata from its front matter, and the body after it."""

    id: str
    path: Path
    meta: Mapping[str, Any] = field(hash=False)
    body: str
    body_line: int
    lang: str
    published: datetime | None
    title: str | None
    kind: str | None
    url: str | None
    sha256: str


def parse_time(value: str) -> datetime:
    """ISO 8601 date or date-time (``2026-01-03T09:00+09:00``); aware with an offset."""
    text = re.sub(r"\s+(?=(?:Z|[+-]\d{2}(?::?\d{2})?)$)", "", value.strip())
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?", text):  # fmt: skip
        raise ValueError("not ISO 8601")
    try:
        return datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(
            str(exc).split(": '")[0].lower() or "not a real date"
        ) from None


def guess_lang(body: str) -> str:
    """``ja`` when the text has kana or kanji, else ``en``."""
    return "ja" if _JAPANESE.search(body) else "en"


def read_source_file(
    path: Path, *, display_path: str | None = None
) -> SourceFile | Problem:
    """Read a text; every kind of bad input comes back as a ``Problem``."""
    shown = display_path or _shown(path)
    start = Where(shown, 1, 1)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return errors.too_large(start, size, MAX_BYTES, what="text file")
        raw = path.read_bytes()
    except OSError as exc:
        return errors.cannot_read(start, exc.strerror or str(exc))
    return source_from_bytes(raw, path, shown)


def source_from_bytes(raw: bytes, path: Path, shown: str) -> SourceFile | Problem:
    """A text already read (``claims extract -`` reads standard input): the
    checks of ``read_source_file`` after the read; ``path`` names the text
    (its stem is the default id, a ``.txt`` suffix means no front matter)."""
    start = Where(shown, 1, 1)
    if len(raw) > MAX_BYTES:
        return errors.too_large(start, len(raw), MAX_BYTES, what="text file")
    text = yamlread.decode(raw, shown)
    if isinstance(text, Problem):
        return text
    if not text.strip():
        return errors.empty_text(start)
    split = _split(text, shown, path.suffix.lower() == ".txt")
    if isinstance(split, Problem):
        return split
    meta, spots, body, body_line = split
    if not body.strip():
        return errors.no_body(Where(shown, body_line, 1))
    fields = _fields(meta, spots, shown)
    if isinstance(fields, Problem):
        return fields
    lang = fields.pop("lang") or guess_lang(body)
    return SourceFile(
        id=fields.pop("id") or path.stem,
        path=path,
        meta=meta,
        body=body,
        body_line=body_line,
        lang=lang,
        sha256=hashlib.sha256(raw).hexdigest(),
        **fields,
    )


def _shown(path: Path) -> str:
    """The path relative to the working folder when it lies inside it."""
    try:
        return Path(path).absolute().relative_to(Path(os.getcwd())).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _split(
    text: str, shown: str, plain: bool
) -> tuple[dict[str, Any], yamlread.Spots | None, str, int] | Problem:
    lines = text.splitlines(keepends=True)
    if plain or lines[0].rstrip() not in _FENCE:
        return {}, None, text, 1
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSE), None)
    if close is None:
        return errors.unclosed_front_matter(Where(shown, 1, 1))
    loaded = yamlread.load("".join(lines[1:close]), shown, line_offset=1)
    if isinstance(loaded, Problem):
        return errors.in_front_matter(loaded)
    if loaded.problems:
        return errors.in_front_matter(loaded.problems[0][1])
    data = {} if loaded.data is None else loaded.data
    if not isinstance(data, dict):
        return errors.in_front_matter(
            errors.not_a_mapping(Where(shown, 2, 1), data, what="front matter")
        )
    return data, loaded.spots, "".join(lines[close + 1 :]), close + 2


def _fields(
    meta: dict[str, Any], spots: yamlread.Spots | None, shown: str
) -> dict[str, Any] | Problem:
    def at(key: str) -> Where:
        return spots.value((key,)) if spots else Where(shown, 1, 1)

    def text(key: str) -> str | Problem | None:
        value = meta.get(key)
        if value is None:
            return None
        if spots is not None and (key,) in spots.raw:
            return spots.raw[(key,)]
        if not isinstance(value, str):
            return errors.bad_meta_text(at(key), key, value)
        return value

    out: dict[str, Any] = {}
    for key in ("id", "lang", "title", "kind", "url", "published"):
        value = text(key)
        if isinstance(value, Problem):
            return value
        out[key] = value
    if out["id"] is not None and not _SOURCE_ID.match(out["id"]):
        return errors.bad_source_id(at("id"), out["id"])
    if out["lang"] is not None:
        if not _LANG.match(out["lang"]):
            return errors.bad_lang(at("lang"), out["lang"])
        out["lang"] = out["lang"].split("-")[0].lower()
    if out["published"] is not None:
        try:
            out["published"] = parse_time(out["published"])
        except ValueError as exc:
            where = at("published")
            value = meta["published"]
            return errors.bad_published(where, "front matter", value, str(exc))
    return out
