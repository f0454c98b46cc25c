"""Hypothesis state machine: edits through either view, at any depth, keep both views equal.

The machine keeps the expected wire JSON next to a model and applies each step to both.
Steps edit through attributes or through the mapping (assignment, in-place edits of the
lists, dicts and models returned, ``del``, ``copy``, ``update``, ``clear``) at a random
depth of a tree of ``Part`` models. After every step the attribute view, ``as_dict()``,
``==`` and ``dumps()`` must show the expected data; reading the whole mapping view is a step
of its own, since handing out nested JSON changes how the model reads afterwards.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any, Dict, List, Optional, Tuple

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from batchmodels import dumps
from helpers.strategies import Part

UTC = dt.timezone.utc
NAMES = st.text(alphabet="abc", min_size=1, max_size=3)
SIZES = st.integers(min_value=0, max_value=9)
TIMES = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda t: t.replace(microsecond=0))
SCALARS = st.one_of(
    st.tuples(st.just("name"), NAMES),
    st.tuples(st.just("size"), SIZES),
    st.tuples(st.just("when"), TIMES),
)


def wire_of(key: str, value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value


def attr_of(key: str) -> str:
    return key


Path = Tuple[int, ...]


class TwoViews(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.expected: Dict[str, Any] = {}
        self.root = Part()

    @initialize(start=st.sampled_from(["empty", "wire", "keywords"]))
    def start(self, start: str) -> None:
        wire = {"name": "r", "children": [{"name": "a", "children": [{"size": 1}]}, {}]}
        if start == "wire":
            self.root = Part(copy.deepcopy(wire))
            self.expected = wire
        elif start == "keywords":
            kid = Part(name="a", children=[Part(size=1)])
            self.root = Part(name="r", children=[kid, Part()])
            self.expected = wire

    # --- navigation ---------------------------------------------------------------------

    def paths(self) -> List[Path]:
        out: List[Path] = []
        stack: List[Tuple[Path, Dict[str, Any]]] = [((), self.expected)]
        while stack:
            path, node = stack.pop()
            out.append(path)
            for i, child in enumerate(node.get("children") or []):
                stack.append(((*path, i), child))
        return sorted(out)

    def pick(self, data: st.DataObject) -> Path:
        return data.draw(st.sampled_from(self.paths()), label="path")

    def expected_at(self, path: Path) -> Dict[str, Any]:
        node = self.expected
        for i in path:
            node = node["children"][i]
        return node

    def by_attributes(self, path: Path) -> Part:
        node = self.root
        for i in path:
            children = node.children
            assert children is not None
            node = children[i]
        return node

    def by_items(self, path: Path) -> Any:
        node: Any = self.root
        for i in path:
            node = node["children"][i]
        return node

    # --- scalar edits ------------------------------------------------------------------------

    @rule(data=st.data(), item=SCALARS)
    def set_attribute(self, data: st.DataObject, item: Tuple[str, Any]) -> None:
        path = self.pick(data)
        key, value = item
        setattr(self.by_attributes(path), attr_of(key), value)
        self.expected_at(path)[key] = wire_of(key, value)

    @rule(data=st.data(), item=SCALARS)
    def set_item(self, data: st.DataObject, item: Tuple[str, Any]) -> None:
        path = self.pick(data)
        key, value = item
        self.by_items(path)[key] = wire_of(key, value)
        self.expected_at(path)[key] = wire_of(key, value)

    @rule(data=st.data(), key=st.sampled_from(["name", "size", "when", "labels", "children"]))
    def delete(self, data: st.DataObject, key: str) -> None:
        path = self.pick(data)
        how = data.draw(st.sampled_from(["attribute", "item", "none"]), label="how")
        node = self.expected_at(path)
        if how == "attribute":
            if key in node:
                delattr(self.by_attributes(path), key)
            else:
                setattr(self.by_attributes(path), key, None)
        elif how == "item":
            if key not in node:
                return
            del self.by_items(path)[key]
        else:
            setattr(self.by_attributes(path), key, None)
        node.pop(key, None)

    # --- lists of models -----------------------------------------------------------------

    @rule(data=st.data(), name=NAMES)
    def append_child_by_attribute(self, data: st.DataObject, name: str) -> None:
        path = self.pick(data)
        node = self.by_attributes(path)
        if node.children is None:
            node.children = []
        node.children.append(Part(name=name))
        self.expected_at(path).setdefault("children", []).append({"name": name})

    @rule(data=st.data(), name=NAMES)
    def append_child_by_item(self, data: st.DataObject, name: str) -> None:
        path = self.pick(data)
        node = self.by_items(path)
        if "children" not in node:
            node["children"] = []
        node["children"].append({"name": name})
        self.expected_at(path).setdefault("children", []).append({"name": name})

    @rule(data=st.data())
    def remove_child(self, data: st.DataObject) -> None:
        path = self.pick(data)
        children = self.expected_at(path).get("children")
        if not children:
            return
        i = data.draw(st.integers(0, len(children) - 1), label="index")
        if data.draw(st.booleans(), label="by attribute"):
            del self.by_attributes(path).children[i]  # type: ignore[union-attr]
        else:
            del self.by_items(path)["children"][i]
        del children[i]

    @rule(data=st.data())
    def replace_children(self, data: st.DataObject) -> None:
        """Assign a new list holding an existing child (shared) and a new one."""
        path = self.pick(data)
        node = self.by_attributes(path)
        old = node.children or []
        keep = old[:1]
        node.children = [*keep, Part(size=7)]
        expected = self.expected_at(path)
        expected["children"] = [*expected.get("children", [])[:1], {"size": 7}]

    # --- dicts ---------------------------------------------------------------------------------

    @rule(data=st.data(), key=NAMES, value=NAMES)
    def edit_labels(self, data: st.DataObject, key: str, value: str) -> None:
        path = self.pick(data)
        if data.draw(st.booleans(), label="by attribute"):
            node = self.by_attributes(path)
            if node.labels is None:
                node.labels = {}
            node.labels[key] = value
        else:
            item = self.by_items(path)
            if "labels" not in item:
                item["labels"] = {}
            item["labels"][key] = value
        self.expected_at(path).setdefault("labels", {})[key] = value

    # --- whole-model operations -----------------------------------------------------------------

    @rule(data=st.data(), name=NAMES)
    def edit_through_a_copy(self, data: st.DataObject, name: str) -> None:
        dup = self.root.copy()  # its containers are its own (see test_copy_state)
        if self.expected.get("children"):
            if data.draw(st.booleans(), label="by attribute"):
                dup.children[0].name = name  # type: ignore[index]
            else:
                dup["children"][0]["name"] = name
        dup.name = "only the copy"

    @rule(data=st.data(), item=SCALARS)
    def update(self, data: st.DataObject, item: Tuple[str, Any]) -> None:
        path = self.pick(data)
        key, value = item
        target = self.by_attributes(path)
        if data.draw(st.booleans(), label="keywords"):
            target.update(**{key: wire_of(key, value)})
        else:
            target.update({key: wire_of(key, value)})
        self.expected_at(path)[key] = wire_of(key, value)

    @rule(data=st.data())
    def clear(self, data: st.DataObject) -> None:
        path = self.pick(data)
        if data.draw(st.booleans(), label="by attribute"):
            self.by_attributes(path).clear()
        else:
            self.by_items(path).clear()
        self.expected_at(path).clear()

    @rule()
    def read_the_mapping_view(self) -> None:
        assert plain(self.root) == self.expected

    # --- the views agree -----------------------------------------------------------------------

    @invariant()
    def views_agree(self) -> None:
        assert self.root.as_dict() == self.expected
        assert json.loads(dumps(self.root)) == self.expected
        assert self.root == self.expected
        check_attributes(self.root, self.expected)


def plain(value: Any) -> Any:
    """The mapping view, read through ``[]`` at every level."""
    if hasattr(value, "keys"):
        return {k: plain(value[k]) for k in list(value.keys())}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def check_attributes(node: Part, expected: Dict[str, Any]) -> None:
    assert node.name == expected.get("name")
    assert node.size == expected.get("size")
    when: Optional[dt.datetime] = node.when
    assert (when and wire_of("when", when)) == expected.get("when")
    assert node.labels == expected.get("labels")
    children = node.children
    if "children" not in expected:
        assert children is None
        return
    assert children is not None
    assert len(children) == len(expected["children"])
    for child, child_expected in zip(children, expected["children"]):
        check_attributes(child, child_expected)


TestTwoViews = TwoViews.TestCase
