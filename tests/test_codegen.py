"""Generated per-class functions can be read: their source is in ``linecache``."""

from __future__ import annotations

import inspect
import linecache
import traceback
from typing import Any, Callable, List

import pytest

import batchmodels.models
from batchmodels import Model, rest_field
from batchmodels._record import PLANS


def _model_classes() -> List[type]:
    return sorted(
        {
            v
            for v in (getattr(batchmodels.models, name) for name in batchmodels.models.__all__)
            if isinstance(v, type) and issubclass(v, Model)
        },
        key=lambda c: c.__name__,
    )


def _generated(cls: Any) -> List[Callable[..., Any]]:
    """Every generated function kept for ``cls``, after building them by reading a field."""
    obj = cls({})
    for field in batchmodels.fields(cls)[:1]:
        getattr(obj, field.attr)
    record = cls.__batchmodels__
    kept = [getattr(record, slot) for slot in PLANS]
    return [
        fn
        for fn in kept
        if callable(fn) and getattr(fn, "__code__", None) is not None
        if fn.__code__.co_filename.startswith("<batchmodels ")
    ]


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda c: c.__name__)
def test_getsource_works_on_every_generated_function(cls: type) -> None:
    found = _generated(cls)
    if not batchmodels.fields(cls):
        return
    assert found, f"{cls.__name__}: no generated function"
    for fn in found:
        source = inspect.getsource(fn)
        assert source.startswith(f"def {fn.__name__}(")
        assert cls.__qualname__ in fn.__code__.co_filename


def test_classes_of_one_name_keep_their_own_source() -> None:
    def make(wire: str) -> Any:
        class Twin(Model):
            value: str = rest_field(name=wire)

        return Twin

    first, second = make("first"), make("second")
    one, two = _generated(first)[0], _generated(second)[0]
    assert one.__code__.co_filename != two.__code__.co_filename
    assert "'first'" in inspect.getsource(one)
    assert "'second'" in inspect.getsource(two)


def test_the_source_survives_checkcache_and_shows_in_tracebacks() -> None:
    class Broken(Model):
        value: str = rest_field()

    fn = _generated(Broken)[0]
    linecache.checkcache()
    assert inspect.getsource(fn).startswith("def fill(")
    obj = Broken({})
    object.__setattr__(obj, "_data", None)  # the generated code fails on its first line
    with pytest.raises(AttributeError) as info:
        fn(obj, {})
    frames = traceback.extract_tb(info.value.__traceback__)
    assert frames[-1].filename == fn.__code__.co_filename
    assert frames[-1].line
