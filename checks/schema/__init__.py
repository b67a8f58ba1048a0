"""The claim-file JSON Schema (Draft 2020-12), shipped with the package."""

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


@cache
def validator() -> Draft202012Validator:
    """A validator for claim files (built once)."""
    return Draft202012Validator(claims_schema())
