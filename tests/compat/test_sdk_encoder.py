"""azure-batch 15.1.0's JSON encoder writes batchmodels models exactly as it writes its own.

``json.dumps(model, cls=SdkJSONEncoder, exclude_readonly=e)`` is what azure-batch's client
sends for a body. For every REST example request body and generated wire JSON of every model
the text is the same for a batchmodels model and an azure-batch model built from the same
JSON, for both values of ``e``: read-only fields left out at every depth, ``null`` kept, key
order kept.
"""

from __future__ import annotations

import concurrent.futures
import copy
import json
from typing import Any, Dict, List

import pytest

azure_models = pytest.importorskip("azure.batch.models")

from azure.batch._utils.model_base import SdkJSONEncoder  # noqa: E402
from azure.core.serialization import NULL as AZURE_NULL  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import batchmodels.models  # noqa: E402
from batchmodels import NULL, Model  # noqa: E402
from helpers.fixtures import example_bodies, example_files  # noqa: E402
from helpers.strategies_tree import wire_json  # noqa: E402

from .test_azure_batch import azure_class  # noqa: E402

MODEL_NAMES: List[str] = [
    name
    for name in batchmodels.models.__all__
    if isinstance(getattr(batchmodels.models, name), type)
    and issubclass(getattr(batchmodels.models, name), Model)
]


def sdk_text(model: Any, exclude_readonly: bool) -> str:
    return json.dumps(model, cls=SdkJSONEncoder, exclude_readonly=exclude_readonly)


def assert_same_text(name: str, body: Dict[str, Any]) -> None:
    before = json.dumps(body)
    ours = getattr(batchmodels.models, name)(body)
    theirs = azure_class(name)(body)
    for exclude in (False, True):
        assert sdk_text(ours, exclude) == sdk_text(theirs, exclude), exclude
    # Encoding changed neither the model's mapping view nor the caller's JSON.
    assert json.dumps(dict(ours.items())) == before
    assert json.dumps(body) == before


def test_every_model_class_is_covered() -> None:
    assert len(MODEL_NAMES) == 151


REQUESTS = [
    pytest.param(model, body, id=f"{path.stem}:{label}")
    for path in example_files()
    for label, model, body in example_bodies(path)
    if label.startswith("parameters.")
]


@pytest.mark.skipif(not REQUESTS, reason="the REST examples are not present")
@pytest.mark.parametrize(("model", "body"), REQUESTS or [pytest.param("BatchJob", {}, id="none")])
def test_example_request_bodies_encode_as_azure_batchs(model: str, body: Dict[str, Any]) -> None:
    assert_same_text(model, body)


def test_the_four_added_request_bodies_have_examples() -> None:
    if not REQUESTS:
        pytest.skip("the REST examples are not present")
    assert {
        "BatchJobTerminateOptions",
        "BatchNodeRebootOptions",
        "BatchNodeReimageOptions",
        "BatchNodeDeallocateOptions",
    } <= {p.values[0] for p in REQUESTS}


@pytest.mark.parametrize("name", MODEL_NAMES)
@settings(
    max_examples=2,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_generated_bodies_encode_as_azure_batchs(name: str, data: st.DataObject) -> None:
    cls = getattr(batchmodels.models, name)
    body = data.draw(wire_json(cls, nulls=True), label="body")
    assert_same_text(name, body)


# --- models built and edited in Python ----------------------------------------------------


def _pool_spec(m: Any) -> Any:
    """A pool specification with read-only fields three levels down, in module ``m``."""
    return m.BatchPoolSpecification(
        vm_size="standard_d2s_v3",
        virtual_machine_configuration=m.VirtualMachineConfiguration(
            node_agent_sku_id="batch.node.ubuntu 22.04",
            image_reference=m.BatchVmImageReference(
                publisher="canonical", offer="ubuntu", exact_version="22.04.1"
            ),
        ),
        metadata=[m.BatchMetadataItem(name="a", value="b")],
    )


def test_edits_through_the_attribute_view_are_encoded() -> None:
    ours = _pool_spec(batchmodels.models)
    theirs = _pool_spec(azure_models)
    for m, spec, null in ((batchmodels.models, ours, NULL), (azure_models, theirs, AZURE_NULL)):
        spec.metadata.append(m.BatchMetadataItem(name="c", value="d"))
        spec.virtual_machine_configuration.image_reference.version = "latest"
        spec.target_dedicated_nodes = null
    for exclude in (False, True):
        assert sdk_text(ours, exclude) == sdk_text(theirs, exclude)
    assert '"exactVersion"' not in sdk_text(ours, True)
    assert '"targetDedicatedNodes": null' in sdk_text(ours, True)


def test_read_only_fields_stay_in_the_mapping_view() -> None:
    job = batchmodels.models.BatchJob(
        {"id": "j", "poolInfo": {"autoPoolSpecification": {"pool": _pool_spec(azure_models)}}}
    )
    assert '"exactVersion"' not in sdk_text(job, True)
    image = job["poolInfo"]["autoPoolSpecification"]["pool"]["virtualMachineConfiguration"]
    assert image["imageReference"]["exactVersion"] == "22.04.1"
    assert dict(job.items())["id"] == "j"


def test_azure_cores_null_inside_a_body_is_written_as_null() -> None:
    body = {"priority": AZURE_NULL, "constraints": {"maxTaskRetryCount": AZURE_NULL}}
    ours = batchmodels.models.BatchJobUpdateOptions(body)
    theirs = azure_models.BatchJobUpdateOptions(body)
    assert sdk_text(ours, True) == sdk_text(theirs, True)
    assert sdk_text(ours, True) == '{"priority": null, "constraints": {"maxTaskRetryCount": null}}'


def test_batchmodels_models_inside_azure_models() -> None:
    spec = _pool_spec(batchmodels.models)
    mixed = azure_models.BatchAutoPoolSpecification(pool_lifetime_option="job", pool=spec)
    pure = azure_models.BatchAutoPoolSpecification(
        pool_lifetime_option="job", pool=_pool_spec(azure_models)
    )
    for exclude in (False, True):
        assert sdk_text(mixed, exclude) == sdk_text(pure, exclude)


def test_threads_encoding_one_model_both_ways_get_their_own_answers() -> None:
    job = batchmodels.models.BatchJob(
        {"id": "j", "poolInfo": {"autoPoolSpecification": {"pool": _pool_spec(azure_models)}}}
    )
    expected = {e: sdk_text(job, e) for e in (False, True)}
    assert expected[False] != expected[True]
    work = [i % 2 == 0 for i in range(400)]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        found = list(pool.map(lambda e: (e, sdk_text(job, e)), work))
    assert all(text == expected[e] for e, text in found)
    assert job.as_dict() == copy.deepcopy(job).as_dict()
