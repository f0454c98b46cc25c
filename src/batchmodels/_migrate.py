"""Find the names of azure-batch 14 and older ("track 1") in Python source, and rewrite the
ones that have a sure replacement.

Names are resolved through the file's imports (``ast``), so any alias works and a local
class of the same name is left alone; rewrites replace single tokens found by ``tokenize``,
so layout and comments stay as they were.
"""

from __future__ import annotations

import ast
import io
import tokenize
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Mapping, Optional, Set, Tuple

from ._apiversions import names

__all__ = ["Edit", "Facts", "Finding", "Source", "apply", "default_facts", "read_source", "scan"]

Path = Tuple[str, ...]
MODELS: Path = ("azure", "batch", "models")
_BATCH: Path = ("azure", "batch")
_ROOTS = ("azure", "batchmodels")  # batchmodels too: half-migrated code is read the same way
_NEW_MODULE = "batchmodels.models"

# The track-1 client's own names: (today's name, what changed). The models' names are data
# (``batchmodels._versions``); these are not models, so they are kept here.
CLIENT_NAMES: Dict[Path, Tuple[str, str]] = {
    (*_BATCH, "BatchServiceClient"): (
        "azure.batch.BatchClient",
        "it takes (endpoint, credential); operation groups became methods, such as"
        " client.pool.add(pool) -> client.create_pool(pool)",
    ),
    (*_BATCH, "batch_auth", "SharedKeyCredentials"): (
        "azure.core.credentials.AzureNamedKeyCredential",
        "it takes (account_name, account_key)",
    ),
}
_BY_HAND = "by hand: "


@dataclass(frozen=True)
class Facts:
    """What is known of the old classes, by old class name."""

    classes: Mapping[str, str]
    """Old model or enum name -> today's name (kept names included)."""
    removed: Mapping[str, str] = field(default_factory=dict)
    """Old name -> why it is gone and what replaces it."""
    members: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Old enum name -> {old member: today's member, or '' when its value is gone}."""
    attributes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Old model name -> {old attribute: today's attribute, or '' when the field is gone},
    only where the two differ."""
    notes: Mapping[Tuple[str, str], str] = field(default_factory=dict)
    """(old class, old attribute or member) -> why it is gone."""
    exceptions: Mapping[str, Tuple[str, str]] = field(default_factory=dict)
    """Old exception name in the models -> (today's dotted name, why)."""

    @classmethod
    def from_renames(cls, data: Mapping[str, Any]) -> Facts:
        """The facts of the ``renames.json`` package data (see docs/versions.md)."""
        classes: Dict[str, str] = {}
        removed: Dict[str, str] = {}
        members: Dict[str, Dict[str, str]] = {}
        attributes: Dict[str, Dict[str, str]] = {}
        notes: Dict[Tuple[str, str], str] = {}
        for kind in ("models", "enums"):
            for old, entry in data[kind].items():
                if entry.get("new") is None:
                    removed[old] = _why(entry)
                    continue
                classes[old] = entry["new"]
                table = members if kind == "enums" else attributes
                table[old] = dict(entry.get("members" if kind == "enums" else "attributes", {}))
                for member in entry.get("removed_members", ()):
                    members[old][member] = ""
                    notes[old, member] = f"this value is gone in {data['current']}"
                for gone in entry.get("removed_fields", {}).values():
                    attributes[old][gone["attr"]] = ""
                    notes[old, gone["attr"]] = _why(gone)
        exceptions = {
            old: (entry["new"], entry.get("reason") or "")
            for old, entry in data.get("exceptions", {}).items()
        }
        return cls(classes, removed, members, attributes, notes, exceptions)

    def known(self, name: str) -> bool:
        return name in self.classes or name in self.removed or name in self.exceptions


def _why(entry: Mapping[str, Any]) -> str:
    parts = [f"removed in {entry.get('removed_in')}"]
    if entry.get("reason"):
        parts.append(str(entry["reason"]))
    use = entry.get("replacement")
    if use and str(use).lower() not in str(entry.get("reason") or "").lower():
        parts.append(f"use {use}")
    return "; ".join(parts)


@lru_cache(maxsize=1)
def default_facts() -> Facts:
    """The facts shipped with the package (``renames.json``), read once."""
    return Facts.from_renames(names())


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` by ``new`` at ``row`` (1-based) and ``col`` (characters)."""

    row: int
    col: int
    old: str
    new: str


@dataclass(frozen=True)
class Finding:
    """One name to change: ``edits`` when the tool can make the change, else a ``note``."""

    line: int
    old: str
    new: str
    note: str = ""
    edits: Tuple[Edit, ...] = ()

    @property
    def sure(self) -> bool:
        return bool(self.edits)

    def text(self) -> str:
        return f"{self.old} → {self.new}" + (f" ({self.note})" if self.note else "")


@dataclass(frozen=True)
class Source:
    """A Python file's text with what writing it back needs."""

    text: str
    encoding: str


def read_source(data: bytes) -> Source:
    """Decode ``data`` as Python source does (coding cookie, BOM); newlines are kept."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    return Source(data.decode(encoding), encoding)


def _lines(text: str) -> List[str]:
    return io.StringIO(text, newline="").readlines()


def scan(text: str, facts: Facts, *, to_batchmodels: bool = True) -> List[Finding]:
    """The findings of one file's source ``text``, in source order. Raises ``SyntaxError``
    (or ``ValueError`` for a NUL byte) on text that is not Python."""
    tree = ast.parse(text)
    lines = _lines(text)
    names = _name_tokens(text)
    scanner = _Scanner(facts, lines, to_batchmodels)
    scanner.read_imports(tree)
    scanner.visit(tree)
    out = []
    for found in scanner.findings:
        if found.edits and not all(_fits(e, lines, names) for e in found.edits):
            found = Finding(found.line, found.old, found.new, _BY_HAND + "layout not understood")
        out.append(found)
    return sorted(out, key=lambda f: (f.line, f.edits[0].col if f.edits else -1))


def apply(text: str, findings: List[Finding]) -> str:
    """``text`` with the edits of the sure findings made."""
    lines = _lines(text)
    edits = sorted({e for f in findings for e in f.edits}, key=lambda e: (e.row, -e.col))
    for e in edits:
        line = lines[e.row - 1]
        lines[e.row - 1] = line[: e.col] + e.new + line[e.col + len(e.old) :]
    return "".join(lines)


def _name_tokens(text: str) -> Set[Tuple[int, int]]:
    starts = set()
    for tok in tokenize.generate_tokens(io.StringIO(text, newline="").readline):
        if tok.type == tokenize.NAME:
            starts.add(tok.start)
    return starts


def _fits(edit: Edit, lines: List[str], names: Set[Tuple[int, int]]) -> bool:
    line = lines[edit.row - 1] if 0 < edit.row <= len(lines) else ""
    return (edit.row, edit.col) in names and line[edit.col : edit.col + len(edit.old)] == edit.old


def _chars(line: str, byte_offset: int) -> int:
    """The character column of an ``ast`` (UTF-8 byte) column."""
    return len(line.encode("utf-8")[:byte_offset].decode("utf-8", "replace"))


def _import_tokens(lines: List[str], node: ast.stmt) -> List[tokenize.TokenInfo]:
    """The tokens of one import statement (not of statements beside it on its lines)."""
    first, last = node.lineno, node.end_lineno or node.lineno
    start = (first, _chars(lines[first - 1], node.col_offset))
    end = (last, _chars(lines[last - 1], node.end_col_offset or 0))
    text = " " * start[1] + "".join(lines[first - 1 : last])[start[1] :]
    toks = []
    for tok in tokenize.generate_tokens(io.StringIO(text, newline="").readline):
        place = (tok.start[0] + first - 1, tok.start[1])
        if tok.type in (tokenize.NAME, tokenize.OP) and start <= place < end:
            toks.append(tok._replace(start=place))
    return toks


def _bound_locally(tree: ast.AST) -> Set[str]:
    """Names the file binds otherwise than by an import."""
    bound: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            module = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
            for alias in node.names:
                full = f"{module}.{alias.name}" if module else alias.name
                if full.split(".")[0] not in _ROOTS and alias.name != "*":
                    bound.add(alias.asname or alias.name.split(".")[0])
    return bound


def _norm(path: Path) -> Path:
    """``path`` with a batchmodels module written as azure-batch's models module."""
    if path[0] != "batchmodels":
        return path
    return (*MODELS, *path[2 if path[1:2] == ("models",) else 1 :])


class _Scanner(ast.NodeVisitor):
    def __init__(self, facts: Facts, lines: List[str], to_batchmodels: bool) -> None:
        self.facts = facts
        self.lines = lines
        self.to_batchmodels = to_batchmodels
        self.bindings: Dict[str, Path] = {}
        self.star = False
        self.shadowed: Set[str] = set()
        self.instances: Dict[str, str] = {}  # variable -> old model it was built as
        self.findings: List[Finding] = []

    def note(self, line: int, old: str, new: str, why: str) -> None:
        self.findings.append(Finding(line, old, new, _BY_HAND + why))

    def rename(self, line: int, old: str, new: str, *edits: Edit) -> None:
        self.findings.append(Finding(line, old, new, edits=edits))

    # -- imports -------------------------------------------------------------------------

    def read_imports(self, tree: ast.AST) -> None:
        conflicts: Set[str] = set()

        def bind(name: str, path: Path) -> None:
            if self.bindings.get(name, path) != path:
                conflicts.add(name)  # imported twice, as different things
            self.bindings[name] = path

        imports: List[Tuple[ast.stmt, Path]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    path = tuple(alias.name.split("."))
                    if path[0] in _ROOTS:
                        bind(alias.asname or path[0], path if alias.asname else path[:1])
                imports.append((node, ()))
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                base = tuple(node.module.split("."))
                if base[0] not in _ROOTS:
                    continue
                for alias in node.names:
                    if alias.name == "*":
                        self.star = self.star or _norm(base) == MODELS
                    else:
                        bind(alias.asname or alias.name, (*base, alias.name))
                imports.append((node, base))
        # a name also bound another way is not known for sure
        local = _bound_locally(tree)
        self.shadowed = {n for n in self.bindings if n in local} | conflicts
        if self.star:
            self.shadowed |= local
        for node, base in imports:
            if isinstance(node, ast.ImportFrom):
                self._from_import(node, base)
            elif self.to_batchmodels and isinstance(node, ast.Import):
                self._plain_import(node)
        self._instances(tree)

    def _from_import(self, node: ast.ImportFrom, base: Path) -> None:
        toks = _import_tokens(self.lines, node)
        after = next(i for i, t in enumerate(toks) if t.string == "import") + 1
        # the imported names, in order: each NAME that is not "as" nor follows "as"
        targets = [
            t
            for i, t in enumerate(toks[after:], after)
            if t.type == tokenize.NAME and t.string != "as" and toks[i - 1].string != "as"
        ]
        for alias, tok in zip(node.names, targets):
            if _norm(base) == MODELS:
                sure = (alias.asname or alias.name) not in self.shadowed
                self._class_name(alias.name, tok.start[0], tok.start[1], sure)
            elif (*base, alias.name) in CLIENT_NAMES:
                self._client(tok.start[0], (*base, alias.name))
        if not self.to_batchmodels:
            return
        names = [a.name for a in node.names]
        if base == MODELS:
            classes = self.facts.classes
            missing = [
                a.name
                for a in node.names
                if a.name != "*"
                and (
                    a.name not in classes
                    or (classes[a.name] != a.name and (a.asname or a.name) in self.shadowed)
                )
            ]
            if missing:
                why = f"{', '.join(missing)} not in batchmodels"
                self.note(node.lineno, "azure.batch.models", _NEW_MODULE, why)
            else:
                self._module_path(toks[1:], base, _NEW_MODULE)
        elif base == _BATCH and names == ["models"]:
            self._module_path(toks[1:], base, "batchmodels")
        elif base == _BATCH and "models" in names:
            why = "import models on a line of its own first"
            self.note(node.lineno, "azure.batch.models", _NEW_MODULE, why)

    def _plain_import(self, node: ast.Import) -> None:
        # ``import azure.batch.models as M`` moves; ``import azure.batch`` and the like reach
        # the models through names that may serve the client too: they stay
        groups: List[List[tokenize.TokenInfo]] = [[]]
        for tok in _import_tokens(self.lines, node)[1:]:
            if tok.string == ",":
                groups.append([])
            else:
                groups[-1].append(tok)
        for alias, group in zip(node.names, groups):
            if tuple(alias.name.split(".")) == MODELS and alias.asname:
                self._module_path(group, MODELS, _NEW_MODULE)

    def _module_path(self, toks: List[tokenize.TokenInfo], base: Path, new: str) -> None:
        """Replace the dotted module name at the start of ``toks`` by ``new``."""
        old = ".".join(base)
        row, col = toks[0].start
        self.rename(row, old, new, Edit(row, col, old, new))

    def _instances(self, tree: ast.AST) -> None:
        """Variables assigned once, from a call of an old model."""
        stores: Dict[str, int] = {}
        built: Dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
                stores[node.id] = stores.get(node.id, 0) + 1
            elif isinstance(node, ast.arg):
                stores[node.arg] = stores.get(node.arg, 0) + 2
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)
            ):
                old = self._model_class(node.value.func)
                if old is not None:
                    built[node.targets[0].id] = old
        self.instances = {n: c for n, c in built.items() if stores.get(n) == 1}

    # -- names ---------------------------------------------------------------------------

    def resolve(self, node: ast.expr) -> Optional[Path]:
        """The dotted path an expression names through the file's imports, with the
        batchmodels models read as azure-batch's."""
        path = self._raw_path(node)
        return _norm(path) if path is not None else None

    def _raw_path(self, node: ast.expr) -> Optional[Path]:
        if isinstance(node, ast.Name):
            if node.id in self.shadowed:
                return None
            if node.id in self.bindings:
                return self.bindings[node.id]
            if self.star and self.facts.known(node.id):
                return (*MODELS, node.id)
            return None
        if isinstance(node, ast.Attribute):
            base = self._raw_path(node.value)
            return (*base, node.attr) if base is not None else None
        return None

    def _model_class(self, node: ast.expr) -> Optional[str]:
        """The old class name ``node`` names, if it names one of the models module."""
        path = self.resolve(node)
        return path[3] if path is not None and len(path) == 4 and path[:3] == MODELS else None

    def _last_name(self, node: ast.expr, name: str, new: str) -> Edit:
        """The edit renaming ``name``, the last name of ``node``."""
        row = node.end_lineno or node.lineno
        end = _chars(self.lines[row - 1], node.end_col_offset or 0)
        return Edit(row, end - len(name), name, new)

    def _class_name(self, old: str, row: int, col: int, sure: bool = True) -> None:
        """A finding for the old class name ``old`` written at ``row``/``col``; not ``sure``:
        the file binds the name otherwise too."""
        f = self.facts
        if old in f.removed:
            self.note(row, old, "removed", f.removed[old])
        elif old in f.exceptions:
            new, why = f.exceptions[old]
            self.note(row, old, new, why)
        elif f.classes.get(old, old) != old and not sure:
            self.note(row, old, f.classes[old], f"{old} is also bound otherwise in this file")
        elif f.classes.get(old, old) != old:
            self.rename(row, old, f.classes[old], Edit(row, col, old, f.classes[old]))

    def _client(self, line: int, path: Path) -> None:
        new, why = CLIENT_NAMES[path]
        self.note(line, path[-1], new, why)

    def visit_Name(self, node: ast.Name) -> None:
        path = self.resolve(node)
        if path is None or node.id != path[-1]:
            return  # not ours, or an alias (renamed in its import)
        if len(path) == 4 and path[:3] == MODELS:
            edit = self._last_name(node, node.id, node.id)
            self._class_name(node.id, edit.row, edit.col)
        elif path in CLIENT_NAMES:
            self._client(node.lineno, path)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        path = self.resolve(node)
        if path is not None and len(path) == 4 and path[:3] == MODELS:
            edit = self._last_name(node, node.attr, node.attr)
            self._class_name(node.attr, edit.row, edit.col)
            return
        if path in CLIENT_NAMES:
            self._client(node.lineno, path)
            return
        if path is not None and len(path) == 5 and path[:3] == MODELS:
            if self._member(node, path[3]):
                return
        elif isinstance(node.value, ast.Name) and node.value.id in self.instances:
            self._attribute(node, self.instances[node.value.id], f"{node.value.id}.")
        self.generic_visit(node)

    def _member(self, node: ast.Attribute, cls: str) -> bool:
        """``Enum.member`` of an old enum; False for anything else."""
        f = self.facts
        member = f.members.get(cls, {}).get(node.attr)
        if member is None:
            return False
        new_cls = f.classes[cls]
        old_text = f"{cls}.{node.attr}"
        if not member:
            self.note(node.lineno, old_text, "removed", f.notes.get((cls, node.attr), ""))
            return True
        edits: Tuple[Edit, ...] = ()
        if new_cls != cls and (
            isinstance(node.value, ast.Attribute)
            or (isinstance(node.value, ast.Name) and node.value.id == cls)
        ):
            edits += (self._last_name(node.value, cls, new_cls),)
        if member != node.attr:
            edits += (self._last_name(node, node.attr, member),)
        if edits:
            self.rename(edits[-1].row, old_text, f"{new_cls}.{member}", *edits)
        return True

    def _attribute(self, node: ast.Attribute, cls: str, prefix: str) -> None:
        new = self.facts.attributes.get(cls, {}).get(node.attr)
        if new is None:
            return
        edit = self._last_name(node, node.attr, new)
        old_text = f"{prefix}{node.attr}"
        if new:
            self.rename(edit.row, old_text, f"{prefix}{new}", edit)
        else:
            self.note(edit.row, old_text, "removed", self.facts.notes.get((cls, node.attr), ""))

    def visit_Call(self, node: ast.Call) -> None:
        cls = self._model_class(node.func)
        if cls is not None:
            for kw in node.keywords:
                if kw.arg is not None:
                    self._keyword(kw, cls)
        self.generic_visit(node)

    def _keyword(self, kw: ast.keyword, cls: str) -> None:
        old = kw.arg or ""
        new = self.facts.attributes.get(cls, {}).get(old)
        if new is None:
            return
        new_cls = self.facts.classes[cls]
        old_text = f"{cls}({old}=)"
        if not new:
            self.note(kw.lineno, old_text, "removed", self.facts.notes.get((cls, old), ""))
            return
        edit = Edit(kw.lineno, _chars(self.lines[kw.lineno - 1], kw.col_offset), old, new)
        self.rename(kw.lineno, old_text, f"{new_cls}({new}=)", edit)
