"""Claim files: YAML with line:col → JSON Schema → claims and relations.

Bad input never raises: each mistake becomes a :class:`checks.errors.Problem`
with the file, line and column, and the good claims beside it are still loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import ValidationError

from checks import errors, yamlread
from checks.claimfields import ClaimReader, FileDefaults
from checks.errors import Problem
from checks.model import Claim, Relation, Where
from checks.relationlines import read_relation
from checks.schema import validator
from checks.yamlread import Spots

#: claim files larger than this are refused
MAX_BYTES = 1_048_576

JsonPath = tuple[str | int, ...]

#: fields read as text even when YAML sees a number or a boolean (``id: 2026``)
_TEXT_KEYS = ("id", "says", "note", "quote", "name", "text", "unit", "when", "duration",
              "published", "weekday", "agree")  # fmt: skip
_TEXT_LISTS = ("sources", "about", "aliases", "tags")
#: values whose schema pattern or enum errors the value parsers report better
_PARSED_KEYS = ("when", "weekday", "duration", "published")
#: an example value per key, for "write it as `key: value`"
_EXAMPLES = {
    "id": "call-date", "says": "The call took place on 2 January.",
    "sources": "[takaichi-trump-call]", "about": "[電話会談]", "tags": "[known-error]",
    "note": "why", "published": "2026-01-03", "when": "2026-01-02",
    "weekday": "friday", "duration": "25 minutes", "count": "250",
    "quote": "極めて重要だ", "name": "高市早苗", "text": "日米同盟", "agree": "when",
    "approx": "true", "tolerance": "5%", "unit": "本", "aliases": "[高市]",
    "topic": "the phone call", "claims": "[...]", "relations": "[a before b]",
    "$schema": "<url>",
}  # fmt: skip
_TYPE_WORDS = {
    "string": "text", "number": "a number", "boolean": "true or false",
    "array": "a list", "object": "a mapping", "integer": "a whole number",
}  # fmt: skip


@dataclass(frozen=True)
class ClaimFile:
    """One loaded claim file: its good claims and relations, and its problems."""

    path: Path
    display_path: str
    topic: str | None
    sources: tuple[str, ...]
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    problems: tuple[Problem, ...]
    sha256: str


def find_fixtures_dir(claim_file: Path) -> Path | None:
    """The ``fixtures/`` beside the nearest ancestor folder named ``claims``."""
    for folder in Path(claim_file).absolute().parents:
        if folder.name == "claims":
            fixtures = folder.parent / "fixtures"
            return fixtures if fixtures.is_dir() else None
    return None


def load_claim_file(
    path: Path,
    *,
    source_ids: Collection[str] | None = None,
    display_path: str | None = None,
) -> ClaimFile:
    """Load a claim file; ``source_ids`` are the known text ids (None: unchecked)."""
    shown = display_path or Path(path).as_posix()
    start = Where(shown, 1, 1)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return _failed(path, shown, "", errors.too_large(start, size, MAX_BYTES))
        raw = path.read_bytes()
    except OSError as exc:
        return _failed(
            path, shown, "", errors.cannot_read(start, exc.strerror or str(exc))
        )
    sha = hashlib.sha256(raw).hexdigest()
    text = yamlread.decode(raw, shown)
    if isinstance(text, Problem):
        return _failed(path, shown, sha, text)
    loaded = yamlread.load(text, shown)
    if isinstance(loaded, Problem):
        return _failed(path, shown, sha, loaded)
    if loaded.data is None:
        return _failed(path, shown, sha, errors.empty_claim_file(start))
    if not isinstance(loaded.data, dict):
        return _failed(path, shown, sha, errors.not_a_mapping(start, loaded.data))
    return _Builder(path, shown, sha, loaded, source_ids).build()


def _failed(path: Path, shown: str, sha: str, problem: Problem) -> ClaimFile:
    return ClaimFile(path, shown, None, (), (), (), (problem,), sha)


class _Builder:
    def __init__(
        self, path: Path, shown: str, sha: str, loaded: yamlread.Loaded,
        source_ids: Collection[str] | None,
    ) -> None:  # fmt: skip
        self.path, self.shown, self.sha = path, shown, sha
        self.spots: Spots = loaded.spots
        self.data: dict[str, Any] = _as_text(loaded.data, loaded.spots)
        self.source_ids = None if source_ids is None else frozenset(source_ids)
        self.problems: list[tuple[JsonPath, Problem]] = list(loaded.problems)

    def at(self, path: JsonPath) -> Where:
        return self.spots.value(path)

    def key_at(self, path: JsonPath) -> Where:
        return self.spots.key(path)

    def build(self) -> ClaimFile:
        skipped = self._schema()
        defaults = self._file_sources()
        claims, bad_ids = self._claims(defaults, skipped)
        relations = self._relations(claims, bad_ids)
        problems = sorted(
            {id(p): p for _, p in self.problems}.values(),
            key=lambda p: (p.where.line, p.where.column),
        )
        topic = self.data.get("topic")
        return ClaimFile(
            path=self.path,
            display_path=self.shown,
            topic=topic if isinstance(topic, str) else None,
            sources=defaults.sources or (),
            claims=tuple(claims),
            relations=tuple(relations),
            problems=tuple(problems),
            sha256=self.sha,
        )

    # --- schema -----------------------------------------------------------

    def _schema(self) -> dict[JsonPath, ValidationError]:
        """Report schema errors; return those left to the value parsers, by claim."""
        skipped: dict[JsonPath, ValidationError] = {}
        for error in validator().iter_errors(self.data):
            path = tuple(error.absolute_path)
            if _left_to_parsers(path, error):
                skipped.setdefault(path[:2], error)
                continue
            for problem in self._translate(path, error):
                self.problems.append((path, problem))
        return skipped

    def _owner(self, path: JsonPath) -> str:
        if len(path) >= 2 and path[0] == "claims" and isinstance(path[1], int):
            claims = self.data.get("claims")
            item = claims[path[1]] if isinstance(claims, list) else None
            claim_id = item.get("id") if isinstance(item, dict) else None
            return errors.owner_of_claim(claim_id, path[1])
        return "the claim file"

    def _translate(self, path: JsonPath, error: ValidationError) -> list[Problem]:
        owner = self._owner(path)
        names = [p for p in path if isinstance(p, str)]
        key = names[-1] if names else "claims"
        where = self.at(path)
        schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
        value: Any = error.instance
        example = f"{key}: {_EXAMPLES.get(key, '…')}"
        kind = error.validator
        if kind == "additionalProperties":
            allowed = list(schema.get("properties", {}))
            extra = [k for k in value if k not in allowed]
            return [
                errors.unknown_key(self.key_at((*path, k)), owner, k, allowed)
                for k in extra
            ]
        if kind == "required":
            missing = str(error.message).split("'")[1]
            if path == ():
                return [errors.no_claims(where)]
            wanted = f"{missing}: {_EXAMPLES.get(missing, '…')}"
            return [errors.missing_key(where, owner, missing, wanted)]
        if kind == "minItems":
            if path == ("claims",):
                return [errors.no_claims(where)]
            return [errors.empty_list(where, owner, key)]
        if kind == "pattern" and key == "id":
            return [errors.bad_id(where, owner, value)]
        if kind == "pattern" and key == "tags":
            return []  # worded by the tag rules
        if kind == "enum" and key == "agree":
            return [errors.bad_agree(where, owner, value)]
        if kind == "uniqueItems":
            return [errors.repeated_item(where, owner, key, _first_repeat(value))]
        if kind == "minLength":
            return [errors.wrong_type(where, owner, key, value, "some text", example)]
        if kind == "type" and len(path) == 2 and isinstance(path[1], int):
            return [errors.claim_not_a_mapping(where, path[1], value)]
        if kind == "type":
            types: Any = error.validator_value
            words = [types] if isinstance(types, str) else list(types)
            text = " or ".join(_TYPE_WORDS.get(w, w) for w in words)
            if path and isinstance(path[-1], int):
                text = f"a list of {text}" if text == "text" else f"a list of {text}s"
                value = self.data_at(path[:-1])
            return [errors.wrong_type(where, owner, key, value, text, example)]
        hint = str(schema.get("description", "see the schema"))
        return [errors.schema_other(where, owner, key, error.message, hint)]

    def data_at(self, path: JsonPath) -> Any:
        """The value at ``path`` of the data (after reading text fields)."""
        node: Any = self.data
        for step in path:
            node = node[step]
        return node

    # --- sources, claims, relations ----------------------------------------

    def _file_sources(self) -> FileDefaults:
        own = self.data.get("sources")
        if not isinstance(own, list) or not all(isinstance(s, str) for s in own):
            return FileDefaults(None, self.source_ids)
        known = self.source_ids
        if known is None:
            return FileDefaults(tuple(own), None)
        for i, source in enumerate(own):
            if source not in known:
                where = self.at(("sources", i))
                owner = "the claim file"
                problem = errors.unknown_source(where, owner, source, sorted(known))
                self.problems.append((("sources", i), problem))
        usable = tuple(s for s in own if s in known)
        return FileDefaults(usable, known, unusable=bool(own) and not usable)

    def _claims(
        self, defaults: FileDefaults, skipped: dict[JsonPath, ValidationError]
    ) -> tuple[list[Claim], list[str]]:
        entries = self.data.get("claims")
        if not isinstance(entries, list):
            return [], []
        flagged = {p[1] for p, _ in self.problems if len(p) > 1 and p[0] == "claims"}
        good: list[Claim] = []
        bad: dict[str, None] = {}  # ids of claims with problems, in file order
        first_line: dict[str, int] = {}
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue  # the schema reports it
            reader = ClaimReader(entry, i, self.at, self.key_at, defaults)
            claim = reader.read()
            problems = list(reader.problems)
            if not problems and i not in flagged and ("claims", i) in skipped:
                error = skipped["claims", i]
                key = next(
                    (p for p in reversed(error.absolute_path) if isinstance(p, str)), ""
                )
                schema = error.schema if isinstance(error.schema, dict) else {}
                hint = str(schema.get("description", ""))
                where = self.at(tuple(error.absolute_path))
                problems.append(
                    errors.schema_other(where, reader.owner, key, error.message, hint)
                )
            claim_id = entry.get("id")
            if isinstance(claim_id, str) and claim_id in first_line:
                where = self.at(("claims", i))
                problems.append(
                    errors.duplicate_id(where, claim_id, first_line[claim_id])
                )
                claim = None
            elif isinstance(claim_id, str):
                first_line[claim_id] = self.at(("claims", i)).line
            self.problems.extend((("claims", i), p) for p in problems)
            if claim is not None and not problems and i not in flagged:
                good.append(claim)
            elif isinstance(claim_id, str) and claim_id not in {c.id for c in good}:
                bad[claim_id] = None
        return good, list(bad)

    def _relations(self, claims: list[Claim], bad_ids: list[str]) -> list[Relation]:
        entries = self.data.get("relations")
        if not isinstance(entries, list):
            return []
        kinds = {
            c.id: f"agree-{c.value}" if c.kind == "agree" else c.kind for c in claims
        }
        found: list[Relation] = []
        for i, entry in enumerate(entries):
            result = read_relation(entry, i, self.at, self.key_at, kinds, bad_ids)
            if isinstance(result, Relation):
                found.append(result)
            else:
                self.problems.extend((("relations", i), p) for p in result)
        return found


def _first_repeat(items: list[Any]) -> Any:
    seen: list[Any] = []
    for item in items:
        if item in seen:
            return item
        seen.append(item)
    return None


def _left_to_parsers(path: JsonPath, error: ValidationError) -> bool:
    """Schema errors that the claim and relation readers word better."""
    if not path:
        return False
    if path[0] == "relations" and len(path) >= 2:
        return True
    if path[0] != "claims" or len(path) < 2:
        return False
    if len(path) == 2:
        if "dependentSchemas" in error.relative_schema_path:
            return True  # value keys and modifiers: worded by the claim reader
        return error.validator not in ("additionalProperties", "required", "type")
    key = path[2]
    if key in ("expect", "about"):
        return True
    return key in _PARSED_KEYS and error.validator in ("pattern", "enum")


def _as_text(data: dict[str, Any], spots: Spots) -> dict[str, Any]:
    """Read numbers and booleans in text fields as the text the user wrote."""

    def text(value: Any, path: JsonPath) -> Any:
        return (
            spots.raw.get(path, value) if not isinstance(value, list | dict) else value
        )

    def fix(mapping: dict[str, Any], base: JsonPath) -> dict[str, Any]:
        out = dict(mapping)
        for key in _TEXT_KEYS:
            if key in out:
                out[key] = text(out[key], (*base, key))
        for key in _TEXT_LISTS:
            if isinstance(out.get(key), list):
                out[key] = [text(v, (*base, key, i)) for i, v in enumerate(out[key])]
            elif key == "about" and key in out:
                out[key] = text(out[key], (*base, key))
        return out

    result = fix(data, ())
    if isinstance(result.get("claims"), list):
        result["claims"] = [
            fix(c, ("claims", i)) if isinstance(c, dict) else c
            for i, c in enumerate(result["claims"])
        ]
    if isinstance(result.get("relations"), list):
        result["relations"] = [
            fix(r, ("relations", i))
            if isinstance(r, dict)
            else text(r, ("relations", i))
            for i, r in enumerate(result["relations"])
        ]
    if "topic" in result:
        result["topic"] = text(result["topic"], ("topic",))
    return result
