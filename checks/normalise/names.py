"""Names attached to role words, and whether a name is the claimed one.

Extraction is by script, with no dictionary: see :mod:`names_ja` (a run of
kanji and katakana before 首相, 大統領, 氏 …) and :mod:`names_en` (capitalised
words after Prime Minister, President, Ms. …).  Each mention has kind ``name``,
``value`` the name as written, ``unit`` the role word, and its span.

Names compare after NFKC, width and case folding, with honorifics (氏, さん,
Mr., Ms.), white space, ・, = and dots removed; a romanised name also matches in
the other order (TAKAICHI Sanae = Sanae Takaichi).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from checks.model import Mention, Verdict
from checks.normalise import names_en, names_ja
from checks.normalise.names_ja import qualified_role_of

_SEPARATORS = re.compile(r"[\s・･·=.\-‐‑‒–—'’_,]+")
_HEAD_HONORIFIC = re.compile(r"^(?:mrs|mr|ms|dr)\.\s*")  # the dot is required
_TAIL_HONORIFICS = ("さん", "さま", "様", "氏", "君")
_LATIN = re.compile(r"[a-z]+")
_SHOWN_ALIASES = 3


def extract_names(text: str, lang: str) -> list[Mention]:
    """Every name attached to a role word, in text order.

    Japanese texts are also searched for romanised names (photo captions).
    """
    found = [_mention(*hit) for hit in names_en.find(text)]
    if lang.lower().startswith("ja"):
        found += [_mention(*hit) for hit in names_ja.find(text)]
    return sorted(found, key=lambda m: m.start)


def _mention(start: int, end: int, name: str, note: str) -> Mention:
    role = names_ja.role_of(note)
    return Mention("name", start, end, name, name, unit=role, note=note)


def _normal(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name)
    folded = unicodedata.normalize("NFKC", folded.casefold())
    return folded.strip()


def _strip_honorifics(name: str) -> str:
    while True:
        head = _HEAD_HONORIFIC.match(name)
        if head is None or head.end() == len(name):
            break
        name = name[head.end() :]
    changed = True
    while changed:
        changed = False
        for tail in _TAIL_HONORIFICS:
            if name.endswith(tail) and len(name) > len(tail):
                name, changed = name[: -len(tail)].rstrip(), True
    return name


def name_words(name: str) -> list[str]:
    """The folded words of a name (``Sanae  TAKAICHI`` → ``[sanae, takaichi]``)."""
    words = _SEPARATORS.split(_strip_honorifics(_normal(name)))
    # a separator may have split a base letter from its combining mark (A´)
    return [_normal(w) for w in words if w and _normal(w)]


def fold_name(name: str) -> str:
    """The comparison key: folded, honorifics and separators removed."""
    return _normal("".join(name_words(name)))


def name_matches(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the same name (romanised: either order)."""
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return False
    if "".join(words_a) == "".join(words_b):
        return True
    if len(words_a) < 2 or len(words_a) != len(words_b):
        return False
    if not all(_LATIN.fullmatch(w) for w in words_a + words_b):
        return False
    orders = (
        words_a[::-1],
        words_a[-1:] + words_a[:-1],  # family name moved to the front
        words_a[1:] + words_a[:1],  # family name moved to the back
    )
    return any(order == words_b for order in orders)


def judge_name(
    claim_name: str, aliases: Sequence[str], mention: Mention
) -> tuple[Verdict, str]:
    """Supported when the mention is the name or an alias; refuted otherwise."""
    found = mention.value
    if name_matches(found, claim_name):
        return Verdict.SUPPORTED, f"{found} is {claim_name}"
    for alias in aliases:
        if name_matches(found, alias):
            return Verdict.SUPPORTED, f"{found} is {claim_name} (alias {alias})"
    if not aliases:
        return Verdict.REFUTED, f"{found} is not {claim_name}"
    shown = ", ".join(aliases[:_SHOWN_ALIASES])
    more = ", …" if len(aliases) > _SHOWN_ALIASES else ""
    return Verdict.REFUTED, f"{found} is not {claim_name} or an alias ({shown}{more})"


def role_key(role: str) -> str:
    """A role word folded for comparison (首相 = 総理, PM = Prime Minister)."""
    key = names_en.role_key(_normal(role))
    for short, same in _SAME_ROLE.items():
        if key.endswith(short):
            return key[: -len(short)] + same
    return key


_SAME_ROLE = {
    "総理大臣": "首相",
    "総理": "首相",
    "主席": "国家主席",
    " pm": " prime minister",
}


def mentions_for_role(
    mentions: Sequence[Mention], role_words: Sequence[str]
) -> list[Mention]:
    """The name mentions attached to one of ``role_words`` (a claim's ``about``).

    A word matches a mention's bare role (首相; PM = Prime Minister) or the role
    as qualified in the text (Chinese President, 米大統領), so ``Chinese
    President`` picks Xi, not Trump.  Other people in the sentence do not count;
    a word that is no role picks nobody.
    """
    wanted = {role_key(word) for word in role_words if word.strip()}
    chosen = []
    for mention in mentions:
        if mention.kind != "name" or not mention.unit:
            continue
        roles = {role_key(mention.unit), role_key(qualified_role_of(mention.note))}
        if roles & wanted:
            chosen.append(mention)
    return chosen
