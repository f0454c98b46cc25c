"""The commands' input: reading files, stdin and the shipped example (whole, item by item, or
as JSON Lines), and finding the bodies in what was read, each with its model.

Which model a body is:

- in a REST example file (an object with ``parameters`` or ``responses``), the operation
  (its ``operationId``, else the file name) names the model of the request body and of the
  2xx response bodies (each item of ``value`` for a list operation);
- anywhere else the model is the one ``--type NAME`` names, ``BatchJob`` by default. A
  document is then one body, a list response (an object whose keys are only ``value``, an
  array, and ``odata.*``) or a bare array of bodies.

An object is taken as a body of model ``M`` (see :func:`not_a_body`) when at least one of
its keys is a field of ``M`` and no other model of the API declares more of its keys than
``M`` does: a task (``commandLine``), job statistics (``startTime``) or a job schedule
(``schedule``, ``jobSpecification``) is no job, while a job with an unknown or misplaced
key still is one, and is checked as one. An empty object is a body only of a model
without required fields.
"""

from __future__ import annotations

import codecs
import dataclasses
import difflib
import functools
import json
import os
import re
import sys
from typing import IO, Any, Callable, Dict, FrozenSet, Iterator, List, Optional, Tuple, Union

from .. import models
from .._errors import Location, format_path
from .._jsontext import NotJSONNumber, finite_float, parse_json, reject_constant
from .._model import Model, fields
from .._operations import OLD_REQUESTS, OPERATIONS, example_operation, operation
from ._output import Unusable, json_kind

__all__ = [
    "Body",
    "NoBody",
    "NotAList",
    "DEFAULT_MODEL",
    "EXAMPLE_LABEL",
    "STDIN_LABEL",
    "STREAM_BYTES",
    "bodies_in",
    "expand_directories",
    "inputs",
    "iter_bodies",
    "kind",
    "load",
    "model_named",
    "no_body_found",
    "not_a_body",
    "read_json",
    "streams",
]

EXAMPLE_LABEL = "<example>"
STDIN_LABEL = "<stdin>"
DEFAULT_MODEL = "BatchJob"

STREAM_BYTES = 16 * 1024 * 1024
"""``check`` reads a list file at least this big item by item, with bounded memory."""
_CHUNK = 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Body:
    """One body found in an input, or (``problem`` set) a value where a body belongs."""

    label: str
    """The input: a file name, ``<stdin>``, ``<example>``; ``FILE:LINE`` for JSON Lines."""
    loc: Location
    """Where the body is in the input's JSON document."""
    model: type[Model]
    value: Any
    problem: Optional[str] = None
    """Why ``value`` is not a body of ``model``; such a value is reported, never used."""
    api_version: Optional[str] = None
    """The ``api-version`` a REST example file names, if any."""
    old_model: Optional[str] = None
    """The request model of that version, where it is not what ``model`` was renamed from."""

    @property
    def where(self) -> str:
        return format_path(self.loc)


# --- models --------------------------------------------------------------------------------


def model_named(name: str) -> type[Model]:
    """The model class called ``name`` (``--type``); :class:`Unusable` if there is none."""
    found = getattr(models, name, None) if name in models.__all__ else None
    if isinstance(found, type) and issubclass(found, Model):
        return found
    names = [n for n in models.__all__ if n[:1].isupper()]
    close = difflib.get_close_matches(name, names, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise Unusable("--type", f"no model named {name!r}{hint}")


def kind(model: type[Model]) -> str:
    """What a body of ``model`` is called in messages: ``job`` or the class name."""
    return "job" if model.__name__ == DEFAULT_MODEL else model.__name__


@functools.cache
def _catalogue() -> Tuple[Tuple[str, FrozenSet[str], FrozenSet[str], bool], ...]:
    """Per model of the API: name, wire names, required wire names, whether it is a body
    of a REST operation."""
    body_models = {name for op in OPERATIONS.values() for name in (op.request, op.response)}
    out = []
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, Model):
            flds = fields(cls)
            wires = frozenset(f.wire for f in flds)
            required = frozenset(f.wire for f in flds if f.required)
            out.append((name, wires, required, name in body_models))
    return tuple(out)


@functools.lru_cache(maxsize=1024)
def _best_fit(keys: FrozenSet[str], other_than: str) -> Tuple[str, FrozenSet[str]]:
    """The model (and its wire names) that an object with ``keys`` fits best: the most keys
    declared, then the fewest required fields missing, then a REST body model, then the
    shortest name."""
    name, wires, _, _ = max(
        (c for c in _catalogue() if c[0] != other_than),
        key=lambda c: (len(keys & c[1]), -len(c[2] - keys), c[3], -len(c[0])),
    )
    return name, wires


def not_a_body(model: type[Model], value: Any) -> Optional[str]:
    """Why ``value`` is not a body of ``model``, or ``None`` if it is one (see the module's
    docstring for the rule)."""
    if type(value) is not dict:
        what = "a job" if kind(model) == "job" else model.__name__
        return f"expected {what} object, got {json_kind(value)}"
    own = {f.wire for f in fields(model)}
    if not value:
        if any(f.required for f in fields(model)):
            return "an empty object"
        return None
    foreign = [k for k in value if k not in own]
    if foreign:
        other, wires = _best_fit(frozenset(value), model.__name__)
        if len(wires.intersection(value)) > len(value) - len(foreign):
            key = next(k for k in foreign if k in wires)
            return f"{key} is a field of {other}, not of {model.__name__} (--type {other} reads it)"
    if len(foreign) == len(value):
        return f"none of its keys is a field of {model.__name__}"
    return None


class NoBody(Unusable):
    """A REST example file of a known operation that has no body to read (a delete, an
    exists, a file download...) or only bodies no model describes."""


def no_body_found(label: str, model: type[Model], doc: Any, first: Optional[Body]) -> Unusable:
    """The error for an input in which no body of ``model`` was found."""
    if type(doc) is dict and _is_example(doc):
        name = example_operation(doc, label)
        op = operation(name) if name else None
        if op is not None and first is None:
            why = f": {op.unmodelled}" if op.unmodelled else ""
            return NoBody(label, f"no body found in this REST example (operation {name}){why}")
        return Unusable(label, f"no body found in this REST example (operation {name or '?'})")
    if first is not None and first.problem is not None:
        where = "" if first.loc is None else f"{first.where}: "
        detail = f": {where}{first.problem}"
    else:
        detail = f" in {json_kind(doc)}"
    hint = ""
    if model.__name__ == DEFAULT_MODEL and "--type" not in detail:
        hint = " (expected a job object, a list response or a REST example file)"
    return Unusable(label, f"no {kind(model)} found{detail}{hint}")


# --- finding bodies in a parsed document ---------------------------------------------------


def is_list_response(doc: Any) -> bool:
    """Whether ``doc`` is a list response: an object whose keys are only ``value`` (an array)
    and ``odata.*`` keys."""
    return (
        type(doc) is dict
        and type(doc.get("value")) is list
        and all(k == "value" or k.startswith("odata.") for k in doc)
    )


def _is_example(doc: Dict[str, Any]) -> bool:
    return type(doc.get("responses")) is dict or type(doc.get("parameters")) is dict


def _items(label: str, model: type[Model], items: List[Any], loc: Location) -> List[Body]:
    out = []
    for i, item in enumerate(items):
        item_loc = (loc, i)
        out.append(Body(label, item_loc, model, item, not_a_body(model, item)))
    return out


def bodies_in(doc: Any, label: str, model: type[Model]) -> List[Body]:
    """Every body (and every misfit where a body belongs) in a parsed document."""
    if type(doc) is list:
        return _items(label, model, doc, None)
    if type(doc) is not dict:
        return []
    if is_list_response(doc):
        return _items(label, model, doc["value"], (None, "value"))
    if _is_example(doc):
        return _example_bodies(doc, label, model)
    problem = not_a_body(model, doc)
    return [Body(label, None, model, doc, problem)]


def _example_bodies(doc: Dict[str, Any], label: str, fallback: type[Model]) -> List[Body]:
    name = example_operation(doc, label)
    op = operation(name) if name else None
    request: Optional[type[Model]] = fallback
    response: Optional[type[Model]] = fallback
    paged: Optional[bool] = None  # unknown operation: a list response is found by its shape
    if op is not None:
        request = getattr(models, op.request) if op.request else None
        response = getattr(models, op.response) if op.response else None
        paged = op.paged
    out: List[Body] = []
    params = doc.get("parameters")
    version = params.get("api-version") if type(params) is dict else None
    version = version if type(version) is str else None
    old_request = OLD_REQUESTS.get(name or "")
    if type(params) is dict and request is not None:
        for key, value in params.items():
            if type(value) is dict:
                loc: Location = ((None, "parameters"), key)
                problem = not_a_body(request, value) if op is None else None
                out.append(Body(label, loc, request, value, problem, version, old_request))
    responses = doc.get("responses")
    if type(responses) is dict and response is not None:
        for code, answer in responses.items():
            body = answer.get("body") if type(answer) is dict else None
            if not str(code).startswith("2") or not body or type(body) not in (dict, list):
                continue
            loc = (((None, "responses"), code), "body")
            if paged or (paged is None and is_list_response(body)):
                items = body.get("value") if type(body) is dict else body
                if type(items) is list:
                    found = _items(label, response, items, (loc, "value"))
                    out.extend(dataclasses.replace(b, api_version=version) for b in found)
                    continue
            # the operation names the model: only a body that is no object is a misfit
            known = op is not None and type(body) is dict
            problem = None if known else not_a_body(response, body)
            out.append(Body(label, loc, response, body, problem, version))
    return out


# --- reading -------------------------------------------------------------------------------


# The stream decoder refuses what parse_json refuses (NaN, Infinity, 1e400).
_DECODER = json.JSONDecoder(parse_constant=reject_constant, parse_float=finite_float)


def _not_json(label: str, exc: BaseException) -> Unusable:
    if isinstance(exc, RecursionError):
        return Unusable(label, "not JSON: nested too deeply")
    return Unusable(label, f"not JSON: {exc}")


def _open(path: str) -> Tuple[str, IO[bytes]]:
    if path == EXAMPLE_LABEL:
        from importlib import resources

        return EXAMPLE_LABEL, resources.files("batchmodels").joinpath("example_job.json").open("rb")
    if path == "-":
        return STDIN_LABEL, sys.stdin.buffer
    try:
        return path, open(path, "rb")
    except OSError as exc:
        raise Unusable(path, f"cannot read: {exc.strerror or exc}") from None


def inputs(files: List[str], example: bool, command: str) -> List[str]:
    """The inputs a command was given: its files, and the shipped example with ``--example``."""
    paths = list(files)
    if example:
        paths.append(EXAMPLE_LABEL)
    if not paths:
        raise Unusable(command, "no input: give FILE, - for stdin, or --example")
    return paths


def expand_directories(paths: List[str]) -> List[str]:
    """``paths`` with each directory replaced by the ``*.json`` and ``*.jsonl`` files under
    it (at any depth, sorted); :class:`Unusable` for a directory without such files."""
    out: List[str] = []
    for path in paths:
        if path in (EXAMPLE_LABEL, "-") or not os.path.isdir(path):
            out.append(path)
            continue
        found = sorted(
            os.path.join(root, name)
            for root, dirs, names in os.walk(path)
            for name in names
            if name.endswith((".json", ".jsonl"))
        )
        if not found:
            raise Unusable(path, "a directory without .json or .jsonl files")
        out.extend(found)
    return out


def read_json(path: str) -> Tuple[str, Any]:
    """Read and parse one whole input: a file name, ``-`` for stdin, or the example's label."""
    label, handle = _open(path)
    try:
        raw = handle.read()
    except OSError as exc:
        raise Unusable(label, f"cannot read: {exc.strerror or exc}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    try:
        return label, parse_json(raw)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError, UnicodeDecodeError, NaN
        raise _not_json(label, exc) from None


def load(path: str, model: type[Model]) -> Tuple[str, List[Body]]:
    """The bodies of one whole input; :class:`Unusable` if it holds none."""
    label, doc = read_json(path)
    found = bodies_in(doc, label, model)
    empty_list = not found and (is_list_response(doc) or doc == [])
    if not empty_list and not any(b.problem is None for b in found):
        raise no_body_found(label, model, doc, found[0] if found else None)
    return label, found


# --- reading item by item: JSON Lines and large list files ---------------------------------


Item = Union[Body, Unusable]


def iter_bodies(
    path: str, model: type[Model], jsonl: bool, on_read: Callable[[int, int], None]
) -> Iterator[Item]:
    """The bodies of one input, read item by item where that bounds memory.

    JSON Lines input yields each line's bodies (label ``FILE:LINE``; a line that is no JSON
    or holds no body yields an :class:`Unusable`). A list file of at least
    :data:`STREAM_BYTES` is parsed one item at a time; ``on_read(bytes_read, size)`` reports
    progress while it is read. Anything else is read whole. An input that cannot be used
    at all raises :class:`Unusable`.
    """
    if jsonl:
        yield from _jsonl_bodies(path, model)
        return
    size = _size(path)
    if streams(path, jsonl):
        label, handle = _open(path)
        try:
            stream = _ListStream(handle, size, on_read)
            found = 0
            first: Optional[Body] = None
            try:
                for loc, item in stream.items():
                    body = Body(label, loc, model, item, not_a_body(model, item))
                    found += body.problem is None
                    first = first or body
                    yield body
            except NotAList:
                pass
            except (ValueError, RecursionError) as exc:
                raise _not_json(label, exc) from None
            else:
                if not found and first is not None:
                    raise no_body_found(label, model, [], first)
                return
            if stream.started:  # items were given, then the document turned out no list
                raise NotAList(label)
        finally:
            handle.close()
    label, found_bodies = load(path, model)
    yield from found_bodies


def streams(path: str, jsonl: bool) -> bool:
    """Whether :func:`iter_bodies` reads ``path`` item by item (else it reads it whole)."""
    return jsonl or _size(path) >= STREAM_BYTES


def _size(path: str) -> int:
    if path in (EXAMPLE_LABEL, "-"):
        return 0
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _jsonl_bodies(path: str, model: type[Model]) -> Iterator[Item]:
    label, handle = _open(path)
    try:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            line_label = f"{label}:{number}"
            try:
                doc = parse_json(raw)
            except (ValueError, RecursionError) as exc:
                yield _not_json(line_label, exc)
                continue
            found = bodies_in(doc, line_label, model)
            empty_list = not found and (is_list_response(doc) or doc == [])
            if not empty_list and not any(b.problem is None for b in found):
                yield no_body_found(line_label, model, doc, found[0] if found else None)
                continue
            yield from found
    except OSError as exc:
        raise Unusable(label, f"cannot read: {exc.strerror or exc}") from None
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


class NotAList(Exception):
    """A large input turned out not to be a bare array or a list response after its first
    items were given: read it whole instead (:func:`load`), dropping what was found."""


_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = re.compile(r"[0-9.eE+-]*\Z")


class _ListStream:
    """The items of a bare JSON array or of a list response's ``value``, parsed one at a
    time from a binary stream kept in a window of about one read chunk."""

    def __init__(self, handle: IO[bytes], size: int, on_read: Callable[[int, int], None]):
        self.handle = handle
        self.size = size
        self.on_read = on_read
        self.decoder: Any = None  # chosen from the first bytes, as json.loads chooses
        self.buf = ""
        self.pos = 0
        self.read = 0
        self.eof = False
        self.started = False

    def _fill(self, size: int = 0) -> None:
        if self.decoder is None:  # UTF-8, -16 or -32, with or without a BOM
            chunk = self.handle.read(max(size or _CHUNK, 4))
            self.decoder = codecs.getincrementaldecoder(json.detect_encoding(chunk))()
        else:
            chunk = self.handle.read(size or _CHUNK)
        self.read += len(chunk)
        self.buf = self.buf[self.pos :] + self.decoder.decode(chunk, final=not chunk)
        self.pos = 0
        self.eof = not chunk
        self.on_read(self.read, self.size)

    def _peek(self) -> str:
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or self.eof:
                return self.buf[self.pos : self.pos + 1]
            self._fill()

    def _expect(self, char: str) -> None:
        if self._peek() != char:
            raise json.JSONDecodeError(f"Expecting {char!r}", self.buf, self.pos)
        self.pos += 1

    def _value(self) -> Any:
        more = _CHUNK  # an item bigger than the window: read twice as much at each retry
        while True:
            self._peek()
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                near_end = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated")
                if self.eof or not near_end:
                    raise
                self._fill(more)
                more *= 2
                continue
            if not self.eof and type(value) in (int, float) and _NUMBER_TAIL.match(self.buf, end):
                self._fill()  # the number may go on in the next chunk (``1`` of ``1.5``)
                continue
            self.pos = end
            return value

    def items(self) -> Iterator[Tuple[Location, Any]]:
        first = self._peek()
        if first == "[":
            yield from self._array(None)
        elif first == "{":
            self.pos += 1
            seen_value = False
            if self._peek() == "}":
                raise NotAList
            while True:
                if self._peek() != '"':
                    raise json.JSONDecodeError("Expecting property name", self.buf, self.pos)
                key = self._value()
                self._expect(":")
                if key == "value" and not seen_value and self._peek() == "[":
                    seen_value = True
                    yield from self._array((None, "value"))
                elif key.startswith("odata."):
                    self._value()
                else:
                    raise NotAList
                char = self._peek()
                self.pos += 1
                if char == "}":
                    break
                if char != ",":
                    self.pos -= 1
                    raise json.JSONDecodeError("Expecting ',' delimiter", self.buf, self.pos)
            if not seen_value:
                raise NotAList
        else:
            raise NotAList
        if self._peek():
            raise json.JSONDecodeError("Extra data", self.buf, self.pos)

    def _array(self, loc: Location) -> Iterator[Tuple[Location, Any]]:
        self._expect("[")
        if self._peek() == "]":
            self.pos += 1
            return
        index = 0
        while True:
            try:
                item = self._value()
            except NotJSONNumber as exc:  # located at its item (parse_json locates it inside)
                raise NotJSONNumber(exc.literal, (loc, index)) from None
            self.started = True
            yield (loc, index), item
            index += 1
            char = self._peek()
            self.pos += 1
            if char == "]":
                return
            if char != ",":
                self.pos -= 1
                raise json.JSONDecodeError("Expecting ',' delimiter", self.buf, self.pos)
