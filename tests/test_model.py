"""The model's hand-written pieces stay in step with its declared fields."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from checks.model import Interval, Mention


def test_mention_init_takes_every_field_in_order_with_its_default() -> None:
    params = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Mention)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, field in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty
        if field.default is not dataclasses.MISSING:
            expected = field.default
        assert param.default == expected, field.name


def test_mention_keeps_what_it_was_given_and_stays_frozen() -> None:
    interval = Interval(None, None)
    values = {
        "kind": "when",
        "start": 3,
        "end": 9,
        "text": "1月2日",
        "value": "2026-01-02",
        "interval": interval,
        "number": 2.0,
        "unit": "日",
        "hedge": "approx",
        "bound": "by",
        "note": "a note",
        "weekday": 4,
    }
    m = Mention(**values)  # type: ignore[arg-type]
    assert {f.name: getattr(m, f.name) for f in dataclasses.fields(m)} == values
    assert m == Mention(**values)  # type: ignore[arg-type]
    assert hash(m) == hash(Mention(**values))  # type: ignore[arg-type]
    assert m != dataclasses.replace(m, start=4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 5  # type: ignore[misc]
