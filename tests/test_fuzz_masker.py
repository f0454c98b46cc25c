"""Fuzz (issue 20): the masker over unknown nesting and URL values of odd shapes, and
readers racing a writer."""

from __future__ import annotations

from typing import Any, Callable, Dict, List

import pytest
from hypothesis import given
from hypothesis import strategies as st

from batchmodels import BatchJob, BatchMetadataItem, ResourceFile, dumps, validate
from batchmodels._model import masked_json
from helpers.threads import race, switches_inside_allocations

PLANTED = "PLANTEDSECRET"
SIG = f"https://a.blob.core.windows.net/c?sv=1&sig={PLANTED}"
SECRET_KEYS = ["password", "accountKey", "sasKey", "sshPrivateKey", "protectedSettings"]
URL_KEYS = ["httpUrl", "storageContainerUrl", "containerUrl", "blobUrl", "somethingUrls"]

plain = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5))
keys = st.sampled_from(["a", "b", "value", "poolInfo", "jobManagerTask", "resourceFiles"])


def _planted(draw: Any, depth: int) -> Any:
    """Random JSON with secrets under secret names and signatures under URL names."""
    if depth == 0:
        return draw(plain)
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return draw(plain)
    if kind == 1:
        return [_planted(draw, depth - 1) for _ in range(draw(st.integers(0, 3)))]
    out: Dict[str, Any] = {}
    for _ in range(draw(st.integers(0, 3))):
        out[draw(keys)] = _planted(draw, depth - 1)
    if kind == 2:
        out[draw(st.sampled_from(SECRET_KEYS))] = draw(st.sampled_from([PLANTED, [PLANTED]]))
    if kind == 3:
        url = draw(st.sampled_from(URL_KEYS))
        out[url] = draw(st.sampled_from([SIG, [SIG], {"k": SIG}, [[{"u": SIG}]]]))
    return out


@st.composite
def planted_json(draw: Any) -> Any:
    return _planted(draw, draw(st.integers(1, 12)))


@given(planted_json(), st.integers(0, 60))
def test_the_masker_hides_every_planted_secret_at_any_depth(value: Any, extra: int) -> None:
    for _ in range(extra):  # unknown nesting around it
        value = {"x": value}
    for cls, data in ((BatchJob, {"id": "j", "future": value}), (ResourceFile, {"x": value})):
        assert PLANTED not in repr(cls(data))
        assert PLANTED not in repr(masked_json(cls, data))


@given(st.lists(st.sampled_from(["attr", "map", "none"]), min_size=1, max_size=6))
def test_readers_racing_a_writer_never_fail(writes: List[str]) -> None:
    model = BatchJob({"id": "j", "poolInfo": {"poolId": "p"}, "metadata": []})

    def write(i: int) -> None:
        what = writes[(i - 1) % len(writes)]
        if what == "attr":
            model.metadata = [BatchMetadataItem(name="n", value=str(i))]
            model.priority = i % 100
        elif what == "map":
            model["metadata"] = [{"name": "n", "value": str(i)}]
            model["priority"] = i % 100
        else:
            model.metadata = None
            model.pop("priority", None)

    looks = (repr, validate, dumps, lambda m: (m.metadata, m.priority))
    failures = race(model, write, looks, 40)
    assert failures == []


# --- readers beside a writer that adds and removes keys --------------------------------------
# Each reader walks the model's live dicts; a walk that iterates one another thread resizes
# raises "dictionary changed size during iteration". A collection in the middle of a C-level
# copy that allocates (list(d.items())) lets the writer in there too, so every walk must copy
# with dict()/list(), which allocate nothing per item.

WIDE = {f"x{i}": i for i in range(100)}
READERS: Dict[str, Callable[[BatchJob], Any]] = {
    "repr": repr,
    "validate": validate,
    "dumps": dumps,
    "dumps(indent=1)": lambda m: dumps(m, indent=1),
    "dumps([model], indent=1)": lambda m: dumps([m], indent=1),
    "attributes": lambda m: (m.metadata, m.priority, m.pool_info),
    "as_dict()": lambda m: m.as_dict(),
    "as_dict(exclude_readonly=True)": lambda m: m.as_dict(exclude_readonly=True),
    "as_attribute_dict()": lambda m: m.as_attribute_dict(),
    "==": lambda m: m == m.copy(),
    "copy()": lambda m: m.copy(),
}


def _adding_and_removing_keys(model: BatchJob) -> Callable[[int], None]:
    def write(i: int) -> None:
        model[f"k{i % 7}"] = i
        model.pop(f"k{(i + 3) % 7}", None)

    return write


@pytest.mark.parametrize("reader", list(READERS))
def test_readers_racing_a_writer_that_adds_keys_never_fail(reader: str) -> None:
    model = BatchJob({"id": "j", "poolInfo": {"poolId": "p"}, "metadata": [], **WIDE})
    look = READERS[reader]
    write = _adding_and_removing_keys(model)
    failures = race(model, write, [look], 200, switches_inside_allocations)
    assert failures == []
