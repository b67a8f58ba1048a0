"""All user-facing wording of bad input: one base error and the ``Problem`` record.

Every function below builds one kind of problem.  A problem says where, what was
found, what was expected and how to fix it, so a person can act without reading
a traceback.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from checks.model import VALUE_KINDS, WEEKDAYS, Where


class ClaimsError(Exception):
    """The one base of every error pytest-claims raises."""


class BadInputError(ClaimsError):
    """Bad input, carrying the :class:`Problem` that describes it."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.render())
        self.problem = problem


@dataclass(frozen=True)
class Problem:
    """One piece of bad input, ready to show to a person."""

    where: Where
    title: str
    found: str | None = None
    expected: str | None = None
    fix: str | None = None
    code: str = ""

    def render(self) -> str:
        """``path:line:col: title`` then indented Found / Expected / Fix lines."""
        lines = [f"{self.where}: {self.title}"]
        for label, text in (
            ("Found", self.found),
            ("Expected", self.expected),
            ("Fix", self.fix),
        ):
            if text is not None:
                body = text.replace("\n", "\n" + " " * 14)
                lines.append(f"    {label + ':':<10}{body}")
        return "\n".join(lines)


# --- helpers ----------------------------------------------------------------

DATE_FORMS = (
    "a date value: 2026-01-02, 2026-01-02T21:00+09:00, 2026-03, 2026-03-late, "
    "2026, 2026-spring, 2026-Q1, 2026-W01, or an interval A/B, ../B, A/.."
)
DURATION_FORMS = (
    "a number and a unit (25 minutes, 1.5 hours, 3 days) or ISO 8601 (PT25M)"
)
RELATION_OPS = ("before", "after", "during", "overlaps", "same-as")
GAP_HEDGES = ("exactly", "about", "nearly", "at least", "at most", "within")
RELATION_FORM = (
    "`<id> <relation> <id> [by <hedge> <duration>]` with a relation among "
    + ", ".join(RELATION_OPS)
    + " and a hedge among "
    + ", ".join(GAP_HEDGES)
)
VERDICT_WORDS = ("supported", "refuted", "unverifiable")
AGREE_KINDS = ("when", "duration", "count", "name")


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice nearest to ``word`` by spelling, if any is close."""
    pool = list(choices)
    found = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not found:
        lowered = {c.lower(): c for c in pool}
        found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
        return lowered[found[0]] if found else None
    return found[0]


def listing(items: Sequence[str], limit: int = 10) -> str:
    """``a, b, c`` (at most ``limit`` items, then ``…``)."""
    shown = ", ".join(items[:limit])
    return shown + (", …" if len(items) > limit else "")


def shown(value: object) -> str:
    """A value as the user wrote it, quoted when it is text."""
    if isinstance(value, str):
        return f"'{value}'"
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return str(value)


def _p(
    where: Where, code: str, title: str, found: str, expected: str, fix: str
) -> Problem:
    return Problem(where, title, found, expected, fix, code)


# --- reading files ------------------------------------------------------------


def too_large(where: Where, size: int, limit: int, what: str = "claim file") -> Problem:
    mb = size / 1_048_576
    return _p(
        where, "too-large", f"{what} is too large ({mb:.1f} MB)",
        f"{size} bytes", f"at most {limit} bytes ({limit // 1_048_576} MB)",
        "split it into smaller files, one per topic",
    )  # fmt: skip


def not_utf8(where: Where, byte: int, offset: int) -> Problem:
    return _p(
        where, "not-utf8", "file is not valid UTF-8",
        f"byte 0x{byte:02x} at byte offset {offset} (line {where.line})",
        "UTF-8 text",
        "re-save the file as UTF-8 (for example: iconv -f SHIFT_JIS -t UTF-8)",
    )  # fmt: skip


def empty_claim_file(where: Where) -> Problem:
    return _p(
        where, "empty-file", "claim file is empty; add `claims:`",
        "no YAML content", "a mapping with a `claims:` list",
        "add `claims:` with at least one claim, or delete the file",
    )  # fmt: skip


def not_a_mapping(where: Where, value: object, what: str = "claim file") -> Problem:
    keys = "`claims:` (and optional `topic:`, `sources:`, `relations:`)"
    if what != "claim file":
        keys = "`key: value` lines such as `title:` and `published:`"
    return _p(
        where, "not-a-mapping", f"{what} is not a mapping",
        shown(value), f"a mapping with {keys}",
        "write `key: value` lines at the top level, without a leading `-`",
    )  # fmt: skip


def yaml_syntax(
    where: Where, problem: str, line_text: str, context: str | None = None
) -> Problem:
    found = line_text.strip() or "the end of the YAML"
    if context:
        found += f" ({context})"
    fix = (
        f"check the indentation and quoting near line {where.line}; quote values "
        "that contain ': ', ' #' or start with a special character"
    )
    if "\t" in line_text:
        fix = "replace the tab with spaces: YAML indents with spaces only"
    return _p(
        where, "yaml-syntax", f"invalid YAML: {problem}", found, "well-formed YAML", fix
    )


def several_documents(where: Where) -> Problem:
    return _p(
        where, "several-documents", "file holds more than one YAML document",
        "a second `---` document", "one document per file",
        "move the second document into its own file, or delete the `---` line",
    )  # fmt: skip


def unsafe_tag(where: Where, tag: str) -> Problem:
    short = tag.replace("tag:yaml.org,2002:", "!!")
    return _p(
        where, "unsafe-tag", f"YAML tag '{short}' is not allowed",
        short, "plain YAML: text, numbers, true/false, lists and mappings",
        f"remove the tag '{short}'",
    )  # fmt: skip


def undefined_alias(where: Where, name: str) -> Problem:
    return _p(
        where, "undefined-alias", f"alias '*{name}' has no anchor",
        f"*{name}", f"an anchor '&{name}' earlier in the file",
        f"define '&{name}' before using it, or write the value out",
    )  # fmt: skip


def recursive_alias(where: Where, name: str) -> Problem:
    return _p(
        where, "recursive-alias", f"alias '*{name}' is used inside its own anchor",
        f"*{name} within &{name}", "an alias to a finished value",
        "write the value out instead of referring to itself",
    )  # fmt: skip


def too_many_nodes(where: Where, limit: int) -> Problem:
    return _p(
        where, "too-many-nodes", f"file expands to more than {limit} YAML values",
        "aliases (*name) that repeat large values, or a huge file",
        f"at most {limit} values after expanding aliases",
        "write the values out, or split the file; avoid aliases of aliases",
    )  # fmt: skip


def too_deep(where: Where, limit: int) -> Problem:
    return _p(
        where, "too-deep", f"YAML is nested more than {limit} levels deep",
        "deeply nested lists or mappings", f"at most {limit} levels",
        "flatten the structure: claims are a list of flat mappings",
    )  # fmt: skip


def complex_key(where: Where) -> Problem:
    return _p(
        where, "complex-key", "mapping key is not plain text",
        "a list or mapping used as a key", "keys such as `id:` or `when:`",
        "write the key as plain text",
    )  # fmt: skip


def duplicate_key(where: Where, key: str, first_line: int) -> Problem:
    return _p(
        where, "duplicate-key", f"key '{key}' appears twice in one mapping",
        f"'{key}' here and on line {first_line}", "each key once per mapping",
        "delete one of them (YAML would silently keep only the last)",
    )  # fmt: skip


# --- claim files: structure ---------------------------------------------------


def claim_not_a_mapping(where: Where, index: int, value: object) -> Problem:
    return _p(
        where, "not-a-mapping", f"claim #{index + 1} is not a mapping",
        shown(value), "`- id: …` followed by the claim's keys",
        "write the claim as `- id: call-date` with its keys indented below",
    )  # fmt: skip


def owner_of_claim(claim_id: object, index: int) -> str:
    """``claim 'call-date'``, or ``claim #3`` while the id is unusable."""
    if isinstance(claim_id, str) and claim_id:
        return f"claim '{claim_id}'"
    return f"claim #{index + 1}"


def unknown_key(where: Where, owner: str, key: str, allowed: Sequence[str]) -> Problem:
    guess = closest(key, allowed)
    fix = (
        f"did you mean '{guess}'? rename it"
        if guess
        else "delete it, or put it in `note:`"
    )
    return _p(
        where, "unknown-key", f"{owner} has an unknown key '{key}'",
        key, "one of " + ", ".join(allowed), fix,
    )  # fmt: skip


def missing_key(where: Where, owner: str, key: str, example: str) -> Problem:
    return _p(
        where, "missing-key", f"{owner} has no `{key}`",
        f"no `{key}:`", f"`{key}:`", f"add it, for example `{example}`",
    )  # fmt: skip


def no_claims(where: Where) -> Problem:
    return _p(
        where, "no-claims", "claim file has no claims",
        "an empty or missing `claims:` list", "`claims:` with at least one claim",
        "add a claim such as `- id: call-date` with `when: 2026-01-02`",
    )  # fmt: skip


def wrong_type(
    where: Where, owner: str, key: str, value: object, wanted: str, example: str
) -> Problem:
    return _p(
        where, "wrong-type", f"{owner}: `{key}` must be {wanted}",
        shown(value), wanted, f"write it as `{example}`",
    )  # fmt: skip


def schema_other(
    where: Where, owner: str, key: str, message: str, hint: str
) -> Problem:
    return _p(
        where, "schema", f"{owner}: `{key}` is not valid", message, hint,
        "correct the value as described above",
    )  # fmt: skip


def repeated_item(where: Where, owner: str, key: str, item: object) -> Problem:
    return _p(
        where, "repeated-item", f"{owner}: `{key}` lists {shown(item)} twice",
        f"{shown(item)} more than once", "each item once",
        "delete the repeated item",
    )  # fmt: skip


def empty_list(where: Where, owner: str, key: str) -> Problem:
    return _p(
        where, "empty-list", f"{owner}: `{key}` is an empty list",
        "[]", f"at least one item in `{key}`", f"add an item, or delete `{key}:`",
    )  # fmt: skip


def bad_id(where: Where, owner: str, value: str) -> Problem:
    slug = "-".join("".join(c if c.isalnum() else " " for c in value.lower()).split())
    suggestion = (
        f"write '{slug}'" if slug and slug.isascii() else "write e.g. 'call-date'"
    )
    return _p(
        where, "bad-id", f"{owner}: id '{value}' is not a slug",
        f"'{value}'", "lower-case letters, digits and hyphens, starting with a "
        "letter or digit ([a-z0-9][a-z0-9-]*)", suggestion,
    )  # fmt: skip


def duplicate_id(where: Where, claim_id: str, first_line: int) -> Problem:
    return _p(
        where, "duplicate-id", f"claim id '{claim_id}' is used twice",
        f"'{claim_id}' here and on line {first_line}",
        "each claim id once per file",
        f"rename one of them, for example '{claim_id}-2'",
    )  # fmt: skip


# --- claim files: values ------------------------------------------------------


def _value_key_list() -> str:
    return "exactly one of " + ", ".join(VALUE_KINDS)


def two_value_keys(where: Where, owner: str, keys: Sequence[str]) -> Problem:
    count = "two" if len(keys) == 2 else str(len(keys))
    parts = "two claims" if len(keys) == 2 else f"{len(keys)} claims"
    return _p(
        where, "two-value-keys", f"{owner} has {count} value keys",
        ", ".join(keys), _value_key_list(),
        f"split it into {parts}, or delete one of the keys",
    )  # fmt: skip


def no_value_key(where: Where, owner: str) -> Problem:
    return _p(
        where, "no-value-key", f"{owner} has no value key",
        "none of " + ", ".join(VALUE_KINDS), _value_key_list(),
        "add what the claim states (e.g. `when: 2026-01-02`), or `agree: when` "
        "to ask the sources to agree",
    )  # fmt: skip


MODIFIER_HOSTS = {
    "approx": ("duration", "count"),
    "tolerance": ("duration", "count"),
    "unit": ("count",),
    "aliases": ("name",),
}


def misplaced_modifier(where: Where, owner: str, key: str, kind: str | None) -> Problem:
    hosts = " or ".join(MODIFIER_HOSTS[key])
    beside = f"beside `{kind}`" if kind else "without a value key"
    return _p(
        where, "misplaced-modifier", f"{owner} has `{key}` {beside}",
        f"{key} with {kind or 'nothing'}", f"`{key}` only with {hosts}",
        f"delete `{key}`, or use it on a {hosts} claim",
    )  # fmt: skip


def bad_date(where: Where, owner: str, value: object, reason: str) -> Problem:
    return _p(
        where, "bad-date", f"{owner} has an invalid date value",
        f"{shown(value)} ({reason})" if reason else shown(value), DATE_FORMS,
        "write the date as YYYY-MM-DD, or one of the coarser forms above",
    )  # fmt: skip


def bad_weekday(where: Where, owner: str, value: object) -> Problem:
    guess = closest(str(value), WEEKDAYS) if isinstance(value, str) else None
    fix = f"did you mean '{guess}'?" if guess else "write the day in full, e.g. friday"
    return _p(
        where, "bad-weekday", f"{owner} has an invalid weekday",
        shown(value), "one of " + ", ".join(WEEKDAYS), fix,
    )  # fmt: skip


def weekday_mismatch(
    where: Where, owner: str, weekday: str, day: str, real: str
) -> Problem:
    return _p(
        where, "weekday-mismatch", f"{owner} says {weekday}, but {day} is a {real}",
        f"weekday: {weekday}, when: {day} (a {real})",
        "the weekday of the claim's own `when`",
        f"correct the date, or write `weekday: {real}`",
    )  # fmt: skip


def bad_duration(where: Where, owner: str, value: object, reason: str) -> Problem:
    return _p(
        where, "bad-duration", f"{owner} has an invalid duration",
        f"{shown(value)} ({reason})" if reason else shown(value), DURATION_FORMS,
        "write it as, for example, `25 minutes` or `PT25M`",
    )  # fmt: skip


def bad_tolerance(where: Where, owner: str, value: object, kind: str) -> Problem:
    amount = "a duration (2 minutes, PT2M)" if kind == "duration" else "a number (3)"
    return _p(
        where, "bad-tolerance", f"{owner} has an invalid tolerance",
        shown(value), f"{amount} or a percentage (5%)",
        "write it as, for example, `tolerance: 5%`",
    )  # fmt: skip


def bad_number(where: Where, owner: str, value: object) -> Problem:
    return _p(
        where, "bad-count", f"{owner} has an invalid count",
        shown(value), "a finite number, with the unit in `unit:`",
        "write it as, for example, `count: 250` with `unit: 本`",
    )  # fmt: skip


def bad_published(where: Where, owner: str, value: object, reason: str) -> Problem:
    return _p(
        where, "bad-published", f"{owner} has an invalid `published` time",
        f"{shown(value)} ({reason})" if reason else shown(value),
        "ISO 8601: 2026-01-03, or 2026-01-03T09:00+09:00",
        "write it as, for example, `published: 2026-01-03T09:00+09:00`",
    )  # fmt: skip


def bad_verdict(where: Where, owner: str, value: object) -> Problem:
    guess = closest(str(value), VERDICT_WORDS) if isinstance(value, str) else None
    return _p(
        where, "bad-expect", f"{owner} has an invalid `expect`",
        shown(value), "one of " + ", ".join(VERDICT_WORDS) + ", or a mapping from "
        "source id to one of them",
        f"did you mean '{guess}'?" if guess else "write `expect: refuted` for a "
        "known error",
    )  # fmt: skip


def bad_agree(where: Where, owner: str, value: object) -> Problem:
    guess = closest(str(value), AGREE_KINDS) if isinstance(value, str) else None
    return _p(
        where, "bad-agree", f"{owner} has an invalid `agree`",
        shown(value), "one of " + ", ".join(AGREE_KINDS),
        f"did you mean '{guess}'?" if guess else "write, for example, `agree: when`",
    )  # fmt: skip


def agree_needs_sources(where: Where, owner: str, count: int) -> Problem:
    return _p(
        where, "agree-sources", f"{owner} compares sources but has {count}",
        f"{count} source(s)", "at least two sources for `agree`",
        "list two or more sources in the claim's `sources:`",
    )  # fmt: skip


def bad_tag(where: Where, owner: str, value: object, reserved: bool) -> Problem:
    why = "a name pytest itself uses" if reserved else "not a marker-safe word"
    return _p(
        where, "bad-tag", f"{owner} has an unusable tag {shown(value)}",
        f"{shown(value)} ({why})",
        "a word of letters, digits, '_' or '-', starting with a letter, and not "
        "skip, skipif, xfail, parametrize, usefixtures, filterwarnings, and, or, not",
        "rename the tag, e.g. 'known-error' or 'wire'",
    )  # fmt: skip


def no_sources(where: Where, owner: str) -> Problem:
    return _p(
        where, "no-sources", f"{owner} has no sources",
        "no `sources:` on the claim or at the top of the file",
        "the texts to check it in",
        "add `sources: [<fixture id>]` to the claim or the file, or `sources: []` "
        "for a background fact",
    )  # fmt: skip


def unknown_source(
    where: Where,
    owner: str,
    source: str,
    known: Sequence[str],
    folder: str = "fixtures",
) -> Problem:
    guess = closest(source, known)
    add = f"add {folder}/{source}.md"
    return _p(
        where, "unknown-source", f"{owner} names an unknown source '{source}'",
        f"'{source}'",
        f"a text in {folder}/: " + (listing(sorted(known)) if known else "(none yet)"),
        f"did you mean '{guess}'? or {add}" if guess else add,
    )  # fmt: skip


def expect_not_a_source(
    where: Where, owner: str, source: str, sources: Sequence[str]
) -> Problem:
    return _p(
        where, "expect-source", f"{owner} expects a verdict in '{source}', "
        "which is not one of its sources",
        f"'{source}'", "one of the claim's sources: " + (listing(sources) or "(none)"),
        f"add '{source}' to the claim's `sources:`, or delete it from `expect:`",
    )  # fmt: skip


# --- relations ----------------------------------------------------------------


def owner_of_relation(text: object, index: int) -> str:
    if isinstance(text, str) and text.strip():
        return f"relation '{' '.join(text.split())}'"
    return f"relation #{index + 1}"


def bad_relation(where: Where, owner: str, found: str, fix: str) -> Problem:
    return _p(where, "bad-relation", f"{owner} is malformed", found, RELATION_FORM, fix)


def unknown_claim(
    where: Where, owner: str, claim_ids: Sequence[str], known: Sequence[str]
) -> Problem:
    names = " and ".join(f"'{c}'" for c in claim_ids)
    noun = "an unknown claim" if len(claim_ids) == 1 else "unknown claims"
    guesses = [g for g in (closest(c, known) for c in claim_ids) if g]
    what = (
        f"a claim with id {names}"
        if len(claim_ids) == 1
        else f"claims with ids {names}"
    )
    add = f"add {what} to this file (with `sources: []` for a background fact)"
    hint = " or ".join(f"'{g}'" for g in guesses)
    return _p(
        where, "unknown-claim", f"{owner} names {noun} {names}",
        names, "a claim id of this file: " + (listing(list(known)) or "(none)"),
        f"did you mean {hint}? or {add}" if guesses else add,
    )  # fmt: skip


def relation_uses_bad_claim(where: Where, owner: str, claim_id: str) -> Problem:
    return _p(
        where, "relation-bad-claim", f"{owner} uses claim '{claim_id}', which has "
        "problems", f"'{claim_id}' could not be loaded", "a claim without problems",
        f"fix claim '{claim_id}' first (see its own problem)",
    )  # fmt: skip


def relation_needs_date(where: Where, owner: str, claim_id: str, kind: str) -> Problem:
    what = kind.replace("agree-", "agree: ")
    return _p(
        where, "relation-no-date",
        f"{owner} uses claim '{claim_id}', which has no date",
        f"'{claim_id}' is a `{what}` claim",
        "claims with `when:` or `agree: when` on both sides",
        f"relate claims that have dates, or give '{claim_id}' a `when:`",
    )  # fmt: skip


def cannot_read(where: Where, reason: str) -> Problem:
    return _p(
        where, "unreadable", "file cannot be read", reason, "a readable file",
        "check that the file exists and its permissions allow reading",
    )  # fmt: skip


# --- texts (fixtures) ---------------------------------------------------------


def empty_text(where: Where) -> Problem:
    return _p(
        where, "empty-file", "text file is empty",
        "no text", "the article or report, with optional front matter",
        "paste the text into the file, or delete the file",
    )  # fmt: skip


def no_body(where: Where) -> Problem:
    return _p(
        where, "no-body", "text file has front matter but no text after it",
        "nothing after the closing `---`",
        "the article or report below the front matter",
        "paste the text below the closing `---`",
    )  # fmt: skip


def unclosed_front_matter(where: Where) -> Problem:
    return _p(
        where, "front-matter", "front matter is not closed",
        "an opening `---` with no closing `---` line",
        "front matter between two `---` lines, then the text",
        "add a line `---` after the last front matter field",
    )  # fmt: skip


def in_front_matter(problem: Problem) -> Problem:
    """A YAML problem found inside a text's front matter."""
    if problem.title.startswith("front matter"):
        return problem
    return Problem(
        problem.where, f"front matter: {problem.title}", problem.found,
        problem.expected, problem.fix, problem.code,
    )  # fmt: skip


def bad_lang(where: Where, value: object) -> Problem:
    return _p(
        where, "bad-lang", "front matter has an invalid `lang`",
        shown(value), "a BCP 47 language tag: ja, en, ja-JP, en-GB, …",
        "write `lang: ja` or `lang: en`",
    )  # fmt: skip


def bad_source_id(where: Where, value: object) -> Problem:
    return _p(
        where, "bad-id", f"front matter has an unusable `id` {shown(value)}",
        shown(value),
        "letters, digits, '.', '_' or '-', starting with a letter or digit",
        "write a slug such as `id: takaichi-trump-call`, or delete `id:` to use the "
        "file name",
    )  # fmt: skip


def bad_meta_text(where: Where, key: str, value: object) -> Problem:
    return _p(
        where, "wrong-type", f"front matter: `{key}` must be text",
        shown(value), "text", f"write it as `{key}: …` with plain text",
    )  # fmt: skip
