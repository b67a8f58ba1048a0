"""Safe YAML with line:col: plain data plus where each value and key starts.

The file is read from PyYAML's event stream, iteratively, so deep nesting
cannot crash the parser and alias bombs are caught while their size is known.
Scalars resolve by the YAML 1.2 core schema (``no`` stays text, ``010`` is ten,
dates stay text), which is also what editors use.  Only plain tags are allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from checks import errors
from checks.errors import Problem
from checks.model import Where

Path = tuple[str | int, ...]

#: values a file may expand to (aliases counted each time they are used)
MAX_NODES = 50_000
#: nesting levels
MAX_DEPTH = 40

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_SCALAR_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL}


#: the YAML 1.2 core schema's implicit types for plain scalars, plus merge keys
_IMPLICIT = tuple(
    (tag, re.compile(pattern))
    for tag, pattern in (
        (_BOOL, r"(?:true|True|TRUE|false|False|FALSE)"),
        (_INT, r"(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)"),
        (
            _FLOAT,
            r"(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))",
        ),
        (_NULL, r"(?:~|null|Null|NULL|)"),
        (_MERGE, r"<<"),
    )
)


def _resolve(value: str, plain: bool) -> str:
    """The tag of an untagged scalar: typed only when written plain."""
    if plain:
        for tag, pattern in _IMPLICIT:
            if pattern.fullmatch(value):
                return tag
    return _STR


@dataclass(frozen=True)
class Spots:
    """Where things start: values by their path, mapping keys by their value's path."""

    values: dict[Path, Where] = field(default_factory=dict)
    keys: dict[Path, Where] = field(default_factory=dict)
    #: source text of plain scalars that did not resolve to text (``2026``, ``true``)
    raw: dict[Path, str] = field(default_factory=dict)

    def value(self, path: Path) -> Where:
        """Where the value at ``path`` starts (or its nearest known parent)."""
        for n in range(len(path), -1, -1):
            if path[:n] in self.values:
                return self.values[path[:n]]
        return next(iter(self.values.values()))

    def key(self, path: Path) -> Where:
        """Where the key of the value at ``path`` starts (else the value)."""
        return self.keys.get(path) or self.value(path)


@dataclass(frozen=True)
class Loaded:
    """A parsed file: its data, where things are, and non-fatal problems by path."""

    data: Any
    spots: Spots
    problems: tuple[tuple[Path, Problem], ...] = ()


@dataclass
class _Node:
    kind: str  # scalar, seq, map
    where: Where
    value: Any = None
    items: list[Any] = field(default_factory=list)
    raw: str | None = None
    size: int = 1
    done: bool = False
    anchor: str | None = None
    is_merge: bool = False


class _Stop(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def load(text: str, path: str, *, line_offset: int = 0) -> Loaded | Problem:
    """Parse ``text`` (one YAML document); ``line_offset`` shifts reported lines."""
    lines = text.splitlines()

    def at(mark: Any) -> Where:
        if mark.line >= len(lines):  # the end of the text: its last character
            last = lines[-1] if lines else ""
            return Where(path, max(len(lines), 1) + line_offset, len(last) + 1)
        return Where(path, mark.line + 1 + line_offset, mark.column + 1)

    try:
        root = _compose(text, at)
    except _Stop as stop:
        return stop.problem
    except Exception as raised:
        if not _is_yaml_error(raised):
            raise
        exc: Any = raised
        if not hasattr(exc, "problem_mark"):  # reader errors (control characters)
            return errors.yaml_syntax(Where(path, 1 + line_offset, 1), str(exc), "")
        mark = exc.problem_mark or exc.context_mark
        where = at(mark) if mark is not None else Where(path, 1 + line_offset, 1)
        index = where.line - 1 - line_offset
        line = lines[index] if 0 <= index < len(lines) else ""
        context = None
        if exc.context and exc.context_mark is not None and exc.problem:
            context = (
                f"{exc.context} from line {exc.context_mark.line + 1 + line_offset}"
            )
        return errors.yaml_syntax(where, str(exc.problem or exc.context), line, context)
    spots = Spots()
    if root is None:
        spots.values[()] = Where(path, 1 + line_offset, 1)
        return Loaded(None, spots)
    problems: list[tuple[Path, Problem]] = []
    data = _convert(root, (), spots, problems, 0)
    return Loaded(data, spots, tuple(problems))


def _compose(text: str, at: Any) -> _Node | None:
    """Build the node tree from events, counting expanded size and depth."""
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    anchors: dict[str, _Node] = {}
    stack: list[_Node] = []
    root: _Node | None = None
    documents = 0
    events: Iterator[Any] = yaml.parse(text, Loader=loader_cls)
    for event in events:
        # dispatch on class names: PyYAML's C parser keeps its first event classes
        # even when ``yaml`` is imported afresh (pytester does that between runs)
        name = type(event).__name__
        if name == "DocumentStartEvent":
            documents += 1
            if documents > 1:
                raise _Stop(errors.several_documents(at(event.start_mark)))
            continue
        node: _Node | None = None
        if name == "AliasEvent":
            anchor = event.anchor or ""
            target = anchors.get(anchor)
            if target is None:
                raise _Stop(errors.undefined_alias(at(event.start_mark), anchor))
            if not target.done:
                raise _Stop(errors.recursive_alias(at(event.start_mark), anchor))
            node = target
        elif name == "ScalarEvent":
            node = _scalar(event, at)
        elif name in ("SequenceStartEvent", "MappingStartEvent"):
            kind = "seq" if name == "SequenceStartEvent" else "map"
            tag = event.tag
            if (
                tag is not None
                and tag != "!"
                and tag != (_SEQ if kind == "seq" else _MAP)
            ):
                raise _Stop(errors.unsafe_tag(at(event.start_mark), tag))
            opened = _Node(kind, at(event.start_mark), anchor=event.anchor)
            if event.anchor:
                anchors[event.anchor] = opened
            stack.append(opened)
            if len(stack) > MAX_DEPTH:
                raise _Stop(errors.too_deep(at(event.start_mark), MAX_DEPTH))
            continue
        elif name in ("SequenceEndEvent", "MappingEndEvent"):
            node = stack.pop()
            node.done = True
        else:
            continue
        if name == "ScalarEvent" and event.anchor:
            anchors[event.anchor] = node
        if stack:
            parent = stack[-1]
            parent.items.append(node)
            parent.size += node.size
            if parent.size > MAX_NODES:
                raise _Stop(errors.too_many_nodes(parent.where, MAX_NODES))
        else:
            root = node
            if node.size > MAX_NODES:
                raise _Stop(errors.too_many_nodes(node.where, MAX_NODES))
    return root


def _is_yaml_error(exc: BaseException) -> bool:
    return any(cls.__name__ == "YAMLError" for cls in type(exc).__mro__)


def _scalar(event: Any, at: Any) -> _Node:
    tag = event.tag
    if tag is None or tag == "!":
        tag = _resolve(event.value, bool(event.implicit[0]))
    where = at(event.start_mark)
    if tag == _MERGE:
        return _Node("scalar", where, "<<", done=True, is_merge=True)
    if tag not in _SCALAR_TAGS:
        raise _Stop(errors.unsafe_tag(where, tag))
    text: str = event.value
    try:
        value = _construct(tag, text)
    except ValueError:
        raise _Stop(
            errors.yaml_syntax(where, f"'{text}' is not a valid {tag[18:]}", text)
        ) from None
    raw = text if tag != _STR and event.implicit[0] else None
    return _Node("scalar", where, value, raw=raw, done=True)


def _construct(tag: str, text: str) -> Any:
    if tag == _STR:
        return text
    if tag == _NULL:
        if text not in ("", "~", "null", "Null", "NULL"):
            raise ValueError(text)
        return None
    if tag == _BOOL:
        if text.lower() not in ("true", "false"):
            raise ValueError(text)
        return text.lower() == "true"
    if tag == _INT:
        sign = -1 if text.startswith("-") else 1
        digits = text.lstrip("+-")
        if digits.startswith(("0x", "0o")):
            return sign * int(digits[2:], 16 if digits[1] == "x" else 8)
        return sign * int(digits, 10)
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(text)


def _convert(
    node: _Node,
    path: Path,
    spots: Spots,
    problems: list[tuple[Path, Problem]],
    depth: int,
) -> Any:
    spots.values.setdefault(path, node.where)
    if node.kind == "scalar":
        if node.raw is not None:
            spots.raw[path] = node.raw
        return node.value
    if node.kind == "seq":
        return [
            _convert(item, (*path, i), spots, problems, depth + 1)
            for i, item in enumerate(node.items)
        ]
    result: dict[str, Any] = {}
    first_line: dict[str, int] = {}
    pairs = list(zip(node.items[::2], node.items[1::2], strict=True))
    merged: list[tuple[_Node, _Node]] = []
    for key, value in pairs:
        if key.is_merge:
            sources = value.items if value.kind == "seq" else [value]
            for source in sources:
                if source.kind == "map":
                    merged.extend(
                        zip(source.items[::2], source.items[1::2], strict=True)
                    )
            continue
        if key.kind != "scalar":
            problems.append((path, errors.complex_key(key.where)))
            continue
        name = key.raw if key.raw is not None else str(key.value)
        if name in first_line:
            problem = errors.duplicate_key(key.where, name, first_line[name])
            problems.append(((*path, name), problem))
        first_line[name] = key.where.line
        spots.keys[(*path, name)] = key.where
        result[name] = _convert(value, (*path, name), spots, problems, depth + 1)
    for key, value in merged:
        if key.kind == "scalar" and not key.is_merge:
            name = key.raw if key.raw is not None else str(key.value)
            if name not in result:
                spots.keys.setdefault((*path, name), key.where)
                result[name] = _convert(
                    value, (*path, name), spots, problems, depth + 1
                )
    return result


def decode(raw: bytes, path: str) -> str | Problem:
    """UTF-8 text (a leading BOM dropped), or where the first bad byte is."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before[before.rfind(b"\n") + 1 :]
        column = len(line_start.decode("utf-8", "replace")) + 1
        where = Where(path, line, column)
        return errors.not_utf8(where, raw[exc.start], exc.start)
    return text.removeprefix("\ufeff")
