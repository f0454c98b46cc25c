"""Fuzz (issue 20): the masker over unknown nesting and URL values of odd shapes, and
readers racing a writer."""

from __future__ import annotations

import threading
from typing import Any, Dict, List

import pytest
from hypothesis import given
from hypothesis import strategies as st

from batchmodels import BatchJob, BatchMetadataItem, ResourceFile, dumps, validate
from batchmodels._model import masked_json
from helpers.threads import tiny_switch_interval

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


# Not strict: on a clean-clone CI run, one of six sessions saw a reader raise "dictionary
# changed size during iteration" while a mapping writer added and removed keys; the reader
# that iterates the live dict is not located yet (issue 20 stays open for it).
@pytest.mark.xfail(strict=False, reason="a reader may race a mapping writer's new keys")
@given(st.lists(st.sampled_from(["attr", "map", "none"]), min_size=1, max_size=6))
def test_readers_racing_a_writer_never_fail(writes: List[str]) -> None:
    model = BatchJob({"id": "j", "poolInfo": {"poolId": "p"}, "metadata": []})
    stop = threading.Event()
    failures: List[BaseException] = []

    def writer() -> None:
        i = 0
        while not stop.is_set():
            what = writes[i % len(writes)]
            i += 1
            if what == "attr":
                model.metadata = [BatchMetadataItem(name="n", value=str(i))]
                model.priority = i % 100
            elif what == "map":
                model["metadata"] = [{"name": "n", "value": str(i)}]
                model["priority"] = i % 100
            else:
                model.metadata = None
                model.pop("priority", None)

    thread = threading.Thread(target=writer)
    with tiny_switch_interval():
        thread.start()
        try:
            for _ in range(40):
                for look in (repr, validate, dumps, lambda m: (m.metadata, m.priority)):
                    try:
                        look(model)
                    except Exception as exc:
                        failures.append(exc)
        finally:
            stop.set()
            thread.join()
    assert failures == []
