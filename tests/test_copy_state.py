"""Hypothesis state machine: a model and its copies (issue 20, item 12).

``copy()`` gives a model whose containers are its own: an edit through either the original or
a copy, through attributes or the mapping view, at any depth, shows in that model and in no
other, whether or not any model is read in between. The machine keeps the expected wire JSON
of each model; copies are made of any model, edited, read or dropped unread in any order.
"""

from __future__ import annotations

import copy
import json
from typing import Any, Dict, List, Tuple

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from batchmodels import dumps
from helpers.strategies import Part

NAMES = st.text(alphabet="abc", min_size=1, max_size=3)
Path = Tuple[int, ...]


class Copies(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.models: List[Part] = []
        self.expected: List[Dict[str, Any]] = []

    @initialize(read=st.booleans())
    def start(self, read: bool) -> None:
        wire = {"name": "r", "children": [{"name": "a", "children": [{"size": 1}]}, {}]}
        self.models = [Part(copy.deepcopy(wire))]
        self.expected = [wire]
        if read:
            check(self.models[0], wire)

    # --- navigation ---------------------------------------------------------------------

    def pick(self, data: st.DataObject) -> Tuple[int, Path]:
        which = data.draw(st.integers(0, len(self.models) - 1), label="model")
        paths: List[Path] = []
        stack: List[Tuple[Path, Dict[str, Any]]] = [((), self.expected[which])]
        while stack:
            path, node = stack.pop()
            paths.append(path)
            for i, child in enumerate(node.get("children") or []):
                stack.append(((*path, i), child))
        return which, data.draw(st.sampled_from(sorted(paths)), label="path")

    def expected_at(self, which: int, path: Path) -> Dict[str, Any]:
        node = self.expected[which]
        for i in path:
            node = node["children"][i]
        return node

    def by_attributes(self, which: int, path: Path) -> Part:
        node = self.models[which]
        for i in path:
            children = node.children
            assert children is not None
            node = children[i]
        return node

    def by_items(self, which: int, path: Path) -> Any:
        node: Any = self.models[which]
        for i in path:
            node = node["children"][i]
        return node

    # --- copies ------------------------------------------------------------------------

    @rule(data=st.data(), how=st.sampled_from(["copy()", "copy.copy"]))
    def make_a_copy(self, data: st.DataObject, how: str) -> None:
        which = data.draw(st.integers(0, len(self.models) - 1), label="of model")
        model = self.models[which]
        self.models.append(model.copy() if how == "copy()" else copy.copy(model))
        self.expected.append(copy.deepcopy(self.expected[which]))

    @precondition(lambda self: len(self.models) > 1)
    @rule(data=st.data())
    def drop_a_copy_unread(self, data: st.DataObject) -> None:
        which = data.draw(st.integers(1, len(self.models) - 1), label="copy")
        del self.models[which]
        del self.expected[which]

    # --- edits ---------------------------------------------------------------------------

    @rule(data=st.data(), name=NAMES)
    def append_a_child(self, data: st.DataObject, name: str) -> None:
        which, path = self.pick(data)
        if data.draw(st.booleans(), label="by attribute"):
            node = self.by_attributes(which, path)
            if node.children is None:
                node.children = []
            node.children.append(Part(name=name))
        else:
            item = self.by_items(which, path)
            item.setdefault("children", []).append({"name": name})
        self.expected_at(which, path).setdefault("children", []).append({"name": name})

    @rule(data=st.data(), name=NAMES)
    def rename(self, data: st.DataObject, name: str) -> None:
        which, path = self.pick(data)
        if data.draw(st.booleans(), label="by attribute"):
            self.by_attributes(which, path).name = name
        else:
            self.by_items(which, path)["name"] = name
        self.expected_at(which, path)["name"] = name

    @rule(data=st.data(), key=NAMES, value=NAMES)
    def edit_labels(self, data: st.DataObject, key: str, value: str) -> None:
        which, path = self.pick(data)
        if data.draw(st.booleans(), label="by attribute"):
            node = self.by_attributes(which, path)
            if node.labels is None:
                node.labels = {}
            node.labels[key] = value
        else:
            item = self.by_items(which, path)
            item.setdefault("labels", {})[key] = value
        self.expected_at(which, path).setdefault("labels", {})[key] = value

    @rule(data=st.data())
    def remove_a_child(self, data: st.DataObject) -> None:
        which, path = self.pick(data)
        if not self.expected_at(which, path).get("children"):
            return
        if data.draw(st.booleans(), label="by attribute"):
            children = self.by_attributes(which, path).children
            assert children is not None
            children.pop()
        else:
            self.by_items(which, path)["children"].pop()
        self.expected_at(which, path)["children"].pop()

    # --- reads -------------------------------------------------------------------------

    @rule(data=st.data())
    def read_one(self, data: st.DataObject) -> None:
        which = data.draw(st.integers(0, len(self.models) - 1), label="model")
        check(self.models[which], self.expected[which])

    @invariant()
    def the_original_holds_its_own_edits_only(self) -> None:
        # Copies may go unread for many steps: only the original is read after every step.
        if self.models:
            check(self.models[0], self.expected[0])

    def teardown(self) -> None:
        for model, expected in zip(self.models, self.expected):
            check(model, expected)


def check(model: Part, expected: Dict[str, Any]) -> None:
    assert model.as_dict() == expected
    assert json.loads(dumps(model)) == expected
    assert model == expected
    assert attributes(model) == expected


def attributes(node: Part) -> Dict[str, Any]:
    """The attribute view of the fields the machine edits, as wire JSON."""
    out: Dict[str, Any] = {}
    if node.name is not None:
        out["name"] = node.name
    if node.size is not None:
        out["size"] = node.size
    if node.labels is not None:
        out["labels"] = dict(node.labels)
    if node.children is not None:
        out["children"] = [attributes(child) for child in node.children]
    return out


TestCopies = Copies.TestCase
