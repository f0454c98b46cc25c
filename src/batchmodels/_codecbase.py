"""``Codec``: how one declared type crosses between wire JSON and Python (the record that
``_codecs.codec_of`` builds for each shape)."""

from __future__ import annotations

from typing import Any, Callable, Dict, Optional

from ._scalars import Decoder, Encoder

__all__ = ["Codec"]


class Codec:
    """How one declared type crosses between wire JSON and Python.

    ``identity``: a valid wire value is itself the Python value (so the two are shared).
    ``live``: the Python value is a mutable object distinct from the wire value; the model
    keeps it and writes it back to the wire before every export.
    ``canonical(value)``: whether an assigned value is what ``decode`` would produce, so the
    model may keep that very object.
    ``adopt(value)``: for codecs of models and of lists and dicts of models, the wire form
    of a canonical value sharing the models' own wire dicts (their pending in-place edits
    are written later, by the model that keeps them), or ``None`` if not canonical.
    """

    __slots__ = (
        "adopt",
        "canonical",
        "container",
        "decode",
        "encode",
        "identity",
        "item",
        "label",
        "live",
        "lookup",
        "model",
        "needs_loc",
        "plain",
    )

    def __init__(
        self,
        decode: Decoder,
        encode: Encoder,
        *,
        label: str,
        identity: bool = False,
        live: bool = False,
        canonical: Optional[Callable[[Any], bool]] = None,
        needs_loc: bool = False,
        model: Optional[type] = None,
        item: Optional[Codec] = None,
        container: Optional[type] = None,
    ) -> None:
        self.decode = decode
        self.encode = encode
        self.label = label
        self.identity = identity
        self.live = live
        self.canonical = canonical or _never
        self.adopt: Optional[Callable[[Any], Any]] = None
        self.needs_loc = needs_loc
        # For walking nested models (repr masking, read-only pruning): the model class of a
        # model codec; the element codec and the wire container (list or dict) otherwise.
        self.model = model
        self.item = item
        self.container = container
        # For enums: wire value (exact, then lower-cased) -> member, for fast bulk decoding.
        self.lookup: Optional[Dict[str, Any]] = None
        # For str, int and bool: the one JSON type kept as the Python value unchanged.
        self.plain: Optional[type] = None

    def __repr__(self) -> str:
        return f"<Codec {self.label}>"


def _never(value: Any) -> bool:
    return False
