"""The guide's thread-safety contract (docs/guide.md, "Threads"), sentence by sentence.

1. Many readers of one model see its values: ``test_many_readers_see_the_models_values``
   here; first attribute reads of a fresh model: ``test_threads_reading_a_fresh_model_all_see_
   its_values`` (test_hardening).
2. Concurrent first reads get the model's own object:
   ``test_concurrent_first_reads_return_the_models_own_list`` (test_hardening3).
3. Readers beside one writer never raise: ``test_readers_do_not_fail_while_another_thread_
   writes`` (test_hardening3), ``test_readers_racing_a_writer_never_fail`` and
   ``test_readers_racing_a_writer_that_adds_keys_never_fail`` (test_fuzz_masker).
4. Mapping reads that hand out nested JSON, made before the threads start: the ``handed out``
   case of ``test_many_readers_see_the_models_values``.
5. Under a lock of one's own, changes are seen whole and no writer's edit is lost:
   ``test_under_a_lock_changes_are_whole_and_none_is_lost``.
6. Declaring and first using classes from any thread:
   ``test_field_tables_resolve_once_under_concurrent_first_use`` (test_fields).
"""

from __future__ import annotations

import json
import threading
from typing import Any, Callable, Dict, List

import pytest

from batchmodels import BatchJob, BatchMetadataItem, dumps, loads, validate
from helpers.threads import tiny_switch_interval

WIRE: Dict[str, Any] = {
    "id": "job-1",
    "priority": 5,
    "poolInfo": {"poolId": "pool-1"},
    "metadata": [{"name": "a", "value": "1"}, {"name": "b", "value": "2"}],
    **{f"future{i}": i for i in range(200)},
}
TEXT = json.dumps(WIRE)


def _everything(model: BatchJob) -> List[Any]:
    """What each reader sees, through every way of reading named in the contract."""
    assert model.metadata is not None and model.pool_info is not None
    return [
        (model.id, model.priority, model.pool_info.pool_id),
        [(item.name, item.value) for item in model.metadata],
        model.as_dict(),
        model.as_attribute_dict()["pool_info"],
        json.loads(dumps(model)),
        repr(model),
        validate(model),
        model == WIRE,
        model.copy().as_dict(),
    ]


@pytest.mark.parametrize("state", ["fresh", "handed out"])
def test_many_readers_see_the_models_values(state: str) -> None:
    expected = _everything(BatchJob(WIRE))
    wrong: List[Any] = []
    with tiny_switch_interval():
        for _ in range(30):
            model = loads(TEXT, BatchJob)
            if state == "handed out":
                model["poolInfo"]  # nested JSON handed out before the threads start
                model["metadata"]
            go = threading.Event()

            def read(model: BatchJob = model, go: threading.Event = go) -> None:
                go.wait()
                try:
                    seen = _everything(model)
                except Exception as exc:  # any failure counts
                    wrong.append(exc)
                else:
                    if seen != expected:
                        wrong.append(seen)

            threads = [threading.Thread(target=read) for _ in range(4)]
            for thread in threads:
                thread.start()
            go.set()
            for thread in threads:
                thread.join()
    assert wrong == []


def test_under_a_lock_changes_are_whole_and_none_is_lost() -> None:
    model = BatchJob(WIRE)
    lock = threading.Lock()
    halves: List[Any] = []
    rounds = 300

    def writer(tag: str) -> Callable[[], None]:
        def write() -> None:
            for i in range(rounds):
                with lock:
                    model.priority = i
                    model.display_name = str(i)  # two assignments, one change
                    assert model.metadata is not None
                    model.metadata.append(BatchMetadataItem(name=tag, value=str(i)))

        return write

    def reader() -> None:
        for _ in range(rounds):
            with lock:
                priority, name = model.priority, model.display_name
            if name is not None and str(priority) != name:
                halves.append((priority, name))

    threads = [threading.Thread(target=f) for f in (writer("x"), writer("y"), reader, reader)]
    with tiny_switch_interval():
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert halves == []
    names = [item["name"] for item in model.as_dict()["metadata"]]
    assert names.count("x") == names.count("y") == rounds
