"""The claim-file JSON Schema (Draft 2020-12), shipped with the package.

Editors use the file as written.  The loader validates with the same schema,
its ``$ref`` s inlined for speed and without the rules that the claim and
relation readers check themselves with better wording (value keys, modifiers,
``about``, ``expect``, relation entries).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_FILE = "claims.schema.json"


def schema_text() -> str:
    """The schema file as shipped (for ``claims schema`` and editors)."""
    return resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


def claims_schema() -> dict[str, Any]:
    """A fresh copy of the schema as a dict."""
    loaded: dict[str, Any] = json.loads(schema_text())
    return loaded


def loader_schema() -> dict[str, Any]:
    """The schema the loader validates with (see the module docstring)."""
    schema = claims_schema()
    defs = schema["$defs"]
    claim = defs["claim"]
    del claim["anyOf"], claim["dependentSchemas"]
    for key in ("about", "expect"):
        claim["properties"][key] = {
            "description": claim["properties"][key]["description"]
        }
    schema["properties"]["relations"]["items"] = {}
    inlined: dict[str, Any] = _inline(schema, defs)
    del inlined["$defs"]
    return inlined


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_inline(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = _inline(defs[node["$ref"].removeprefix("#/$defs/")], defs)
        rest = {k: _inline(v, defs) for k, v in node.items() if k != "$ref"}
        return {**target, **rest}
    return {k: (v if k == "$defs" else _inline(v, defs)) for k, v in node.items()}


@cache
def validator() -> Draft202012Validator:
    """A validator for claim files, as the loader uses it (built once)."""
    return Draft202012Validator(loader_schema())


@cache
def editor_validator() -> Draft202012Validator:
    """A validator with the schema exactly as shipped."""
    return Draft202012Validator(claims_schema())
