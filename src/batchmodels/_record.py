"""``ClassRecord``: everything the library keeps about one model class, in one place.

Every model class holds its own record as ``cls.__batchmodels__``, made by ``complete`` (in
``_complete``) when the class is created: the field descriptors, the attribute and wire maps,
the naming policy, the discriminator and the subtypes it selects. What needs annotations
resolved (forward references may name classes defined later) is filled on first use: the
``Field`` records (``_resolve``), the codec of fields holding the class, and the plans,
each in its own slot, built by the module that uses it (``build_plan``). Registering a
subtype drops only the plans that depend on subtypes (``walk``).
"""

from __future__ import annotations

import threading
from typing import Any, Callable, Dict, FrozenSet, Optional, Tuple

__all__ = ["ClassRecord", "PLANS", "build_plan", "class_lock", "record_of"]

# Guards class set-up, annotation resolution and plan building (re-entrant: building one
# class's plan may build another's).
class_lock = threading.RLock()

# The plan slots: the generated bulk read, the keyword-construction plan, the prune/mask
# walk, the validation plan, the JSON Schema field docs and azure-core's field view.
PLANS = ("fill", "init", "walk", "validate", "docs", "sdk_fields")


class ClassRecord:
    """What the library knows about one model class (see the module docstring)."""

    __slots__ = (
        "by_attr",
        "by_wire",
        "cls",
        "codec",
        "declared",
        "discriminator",
        "discriminator_values",
        "docs",
        "fields",
        "fill",
        "init",
        "naming",
        "records",
        "sdk_fields",
        "subtypes",
        "validate",
        "walk",
    )

    def __init__(self, cls: type) -> None:
        self.cls = cls
        self.naming = "camel"
        self.fields: Tuple[Any, ...] = ()  # the FieldDescriptors, in declaration order
        self.by_attr: Dict[str, Any] = {}
        self.by_wire: Dict[str, Any] = {}
        self.discriminator: Any = None  # the field whose value selects a subclass
        self.discriminator_values: Dict[str, str] = {}  # wire name -> this class's value
        # The subclasses that values of this class's own discriminator select (else None).
        self.subtypes: Optional[Dict[str, type]] = None
        # Which of naming, discriminator and discriminator_values this class sets itself
        # (the others are its bases' own, found along the MRO).
        self.declared: FrozenSet[str] = frozenset()
        self.records: Optional[Tuple[Any, ...]] = None  # the public Field records, resolved
        self.codec: Any = None  # the codec of fields holding this class
        self.fill: Any = None
        self.init: Any = None
        self.walk: Any = None
        self.validate: Any = None
        self.docs: Any = None
        self.sdk_fields: Any = None

    def __repr__(self) -> str:
        return f"<ClassRecord {self.cls.__qualname__}: {len(self.fields)} fields>"


def record_of(cls: Any) -> ClassRecord:
    """The record of model class ``cls``."""
    record: ClassRecord = cls.__batchmodels__
    return record


def build_plan(cls: Any, slot: str, build: Callable[[Any], Any]) -> Any:
    """The plan in ``slot`` of ``cls``'s record, built by ``build(cls)`` on first use."""
    record: ClassRecord = cls.__batchmodels__
    plan = getattr(record, slot)
    if plan is None:
        with class_lock:
            plan = getattr(record, slot)
            if plan is None:
                plan = build(cls)
                setattr(record, slot, plan)
    return plan
