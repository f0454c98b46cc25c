"""The two views of a model (attributes and mapping) agree after every edit, at any depth.

The first tests reproduce bugs of the engine before the views had one contract; the state
machine at the end interleaves edits through both views and checks they always agree.
"""

from __future__ import annotations

import copy
import json
from typing import List, Optional

from batchmodels import Model, dumps, rest_discriminator, rest_field
from batchmodels.models import BatchJob, BatchMetadataItem, BatchPoolInfo


def job() -> BatchJob:
    return BatchJob(
        {"id": "j", "poolInfo": {"poolId": "old"}, "metadata": [{"name": "a", "value": "1"}]}
    )


# --- 1. a subtype registered after the first export is pruned too ---------------------------


class LateShape(Model):
    kind: str = rest_discriminator()
    label: Optional[str] = rest_field()


class LateHolder(Model):
    shapes: Optional[List[LateShape]] = rest_field()
    shape: Optional[LateShape] = rest_field()


def test_a_subtype_registered_after_the_first_export_has_its_read_only_fields_pruned() -> None:
    Holder = LateHolder
    data = {"shape": {"kind": "late", "label": "x", "secretState": "s"}}
    assert Holder(data).as_dict(exclude_readonly=True) == data  # plans built; nothing read-only

    class Late(LateShape, discriminator="late"):
        secret_state: Optional[str] = rest_field(visibility=["read"])

    holder = Holder({**data, "shapes": [data["shape"]]})
    body = {"kind": "late", "label": "x"}
    assert holder.as_dict(exclude_readonly=True) == {"shape": body, "shapes": [body]}
    assert json.loads(dumps(holder, exclude_readonly=True)) == {"shape": body, "shapes": [body]}
    assert type(holder.shape) is Late


# --- 2. nested edits through the mapping reach the attributes ----------------------------------


def test_a_nested_mapping_edit_is_seen_by_an_attribute_read_before() -> None:
    j = job()
    assert j.pool_info.pool_id == "old"
    j["poolInfo"]["poolId"] = "new"
    assert j.pool_info.pool_id == "new"
    assert json.loads(dumps(j))["poolInfo"]["poolId"] == "new"


def test_a_held_nested_model_sees_later_mapping_edits() -> None:
    j = job()
    info = j.pool_info
    assert info.pool_id == "old"
    wire = j["poolInfo"]
    assert j.pool_info.pool_id == "old"
    wire["poolId"] = "new"
    assert info.pool_id == "new"
    assert j.pool_info.pool_id == "new"


def test_a_nested_edit_through_a_copy_shows_in_that_copy_only() -> None:
    j = job()
    assert j.pool_info.pool_id == "old"
    dup = j.copy()
    dup["poolInfo"]["poolId"] = "new"
    assert dup.pool_info.pool_id == "new"
    assert j.pool_info.pool_id == "old"  # the copy's containers are its own
    dup2 = copy.copy(j)
    dup2.pool_info.pool_id = "newer"
    assert dup2["poolInfo"]["poolId"] == "newer"
    assert j["poolInfo"]["poolId"] == "old" and j.pool_info.pool_id == "old"


def test_a_list_edit_through_a_copy_or_the_original_is_never_lost() -> None:
    # issue 20, item 12: an append through a copy's list attribute was written back only
    # when the copy was read again (lost if it never was), and showed in the original late.
    j = job()
    dup = j.copy()
    dup.metadata.append(BatchMetadataItem(name="c", value="3"))
    j.metadata.append(BatchMetadataItem(name="o", value="4"))
    assert [m["name"] for m in j.as_dict()["metadata"]] == ["a", "o"]
    del j
    assert [m["name"] for m in dup.as_dict()["metadata"]] == ["a", "c"]


# --- 3. edits through the mapping are not overwritten by cached lists -------------------------


def test_an_append_through_the_mapping_survives_a_cached_list() -> None:
    for export in (repr, dumps):
        j = job()
        assert [m.name for m in j.metadata] == ["a"]
        j["metadata"].append({"name": "b", "value": "2"})
        export(j)
        assert j.as_dict()["metadata"] == [
            {"name": "a", "value": "1"},
            {"name": "b", "value": "2"},
        ]
        assert [m.name for m in j.metadata] == ["a", "b"]


def test_an_append_through_the_mapping_survives_validate() -> None:
    from batchmodels import validate

    j = job()
    assert len(j.metadata) == 1
    j["metadata"].append({"name": "b", "value": "2"})
    validate(j)
    assert len(j["metadata"]) == 2
    assert len(j.metadata) == 2


def test_attribute_edits_then_mapping_edits_then_attribute_edits_all_survive() -> None:
    j = job()
    j.metadata.append(BatchMetadataItem(name="b", value="2"))
    j["metadata"].append({"name": "c", "value": "3"})
    j.metadata.append(BatchMetadataItem(name="d", value="4"))
    assert [m["name"] for m in j["metadata"]] == ["a", "b", "c", "d"]
    assert [m.name for m in j.metadata] == ["a", "b", "c", "d"]


# --- 4. one sharing rule at every entry point --------------------------------------------------


def test_a_model_given_by_keyword_is_the_same_object() -> None:
    info = BatchPoolInfo(pool_id="p")
    j = BatchJob(pool_info=info)
    assert j.pool_info is info
    info.pool_id = "q"
    assert j["poolInfo"] == {"poolId": "q"}


def test_a_model_given_by_attribute_item_or_update_is_the_same_object() -> None:
    a = BatchJob(pool_info=BatchPoolInfo(pool_id="p"))
    b = BatchJob()
    b.pool_info = a.pool_info
    assert b.pool_info is a.pool_info
    c = BatchJob()
    c["poolInfo"] = a.pool_info
    assert c.pool_info is a.pool_info
    d = BatchJob()
    d.update(poolInfo=a.pool_info)
    assert d.pool_info is a.pool_info
    a.pool_info.pool_id = "q"
    for other in (b, c, d):
        assert other.pool_info.pool_id == "q"
        assert other["poolInfo"]["poolId"] == "q"


def test_a_list_is_copied_at_its_own_level_with_its_models_shared() -> None:
    item = BatchMetadataItem(name="a", value="1")
    for entry in ("keyword", "attribute", "item", "update"):
        items = [item]
        if entry == "keyword":
            j = BatchJob(metadata=items)
        else:
            j = BatchJob()
            if entry == "attribute":
                j.metadata = items
            elif entry == "item":
                j["metadata"] = items
            else:
                j.update({"metadata": items})
        assert j.metadata is not items, entry
        assert j.metadata[0] is item, entry
        items.append(BatchMetadataItem(name="late", value="x"))
        assert len(j.metadata) == 1, entry
        item.value = "2"
        assert j["metadata"] == [{"name": "a", "value": "2"}], entry
        item.value = "1"


def test_a_mapping_of_wire_json_is_copied() -> None:
    wire = {"poolInfo": {"poolId": "p"}, "metadata": [{"name": "a", "value": "1"}]}
    for entry in ("constructor", "item", "update"):
        source = copy.deepcopy(wire)
        if entry == "constructor":
            j = BatchJob(source)
        elif entry == "item":
            j = BatchJob()
            j["poolInfo"] = source["poolInfo"]
            j["metadata"] = source["metadata"]
        else:
            j = BatchJob()
            j.update(source)
        source["poolInfo"]["poolId"] = "changed"
        source["metadata"].append({})
        assert j.as_dict() == wire, entry


def test_models_mixed_with_wire_json_in_a_list_are_kept() -> None:
    item = BatchMetadataItem(name="a", value="1")
    for entry in ("attribute", "item"):
        j = BatchJob()
        if entry == "attribute":
            j.metadata = [item, {"name": "b", "value": "2"}]  # type: ignore[list-item]
        else:
            j["metadata"] = [item, {"name": "b", "value": "2"}]
        assert j.metadata[0] is item, entry
        assert j.metadata[1].name == "b", entry
        item.value = "changed"
        assert j["metadata"][0] == {"name": "a", "value": "changed"}, entry
        item.value = "1"
