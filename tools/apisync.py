"""Check or regenerate the model declarations against an API schema file.

    python tools/apisync.py check [SCHEMA]   report every difference (exit 1 if any)
    python tools/apisync.py write [SCHEMA]   declare missing models and enums, regenerate
                                             every typed ``__init__`` overload, then check

SCHEMA defaults to ``tests/data/batch-models-schema.json``, read together with
``tests/data/azure-batch-extra-schema.json`` (request bodies azure-batch 15.1.0 defines and
sends that the schema lacks; the same format). The schema is the source of
names, types, formats, visibility and required flags; secrets follow :data:`SECRET_NAMES`;
docstrings and rules (``ge``/``le``/``check``) are written by hand. See docs/api-versions.md.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import importlib
import json
import re
import subprocess
import sys
import types
import typing
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
MODELS_DIR = ROOT / "src" / "batchmodels" / "models"
DEFAULT_SCHEMA = ROOT / "tests" / "data" / "batch-models-schema.json"
SUPPLEMENT_SCHEMA = ROOT / "tests" / "data" / "azure-batch-extra-schema.json"

SECRET_NAMES = re.compile(
    r"(^|_)(password|secret|account_key|sas_key|private_key|protected_settings)$"
)
"""Attribute names that hold credentials: such fields must be declared ``secret=True``."""

# Module of a model or enum the package does not define yet; first match wins. Names the
# package already defines stay where they are.
AREAS: List[Tuple[str, str]] = [
    (r"^(NameValuePair|BatchError\w*)$", "_service_errors"),
    (r"^(BatchNodeFile|FileProperties)$", "_storage"),
    (r"^BatchNodeInfo$", "_tasks"),  # a task's node; _nodes imports _tasks, not the reverse
    (r"^(BatchJobSchedule\w*|RecentBatchJob)$", "_schedules"),
    (r"^(BatchJob\w*|BatchTaskCountsResult|BatchTaskCounts|BatchTaskSlotCounts)$", "_job"),
    (
        r"^(BatchPool\w*|AutoScaleRun\w*|ResizeError|BatchUserAssignedIdentity|BatchNodeCounts"
        r"|BatchSupportedImage|BatchNodeRemoveOptions)$",
        "_pools",
    ),
    (
        r"^(BatchNode\w*|InboundEndpoint|InstanceViewStatus|VMExtensionInstanceView"
        r"|VirtualMachineInfo|UploadBatchServiceLogs\w*|BatchStartTaskInfo|BatchTaskInfo)$",
        "_nodes",
    ),
    (
        r"^(BatchTask\w*|BatchSubtask|Exit\w*|MultiInstanceSettings|BatchAffinityInfo"
        r"|BatchCreateTaskCollectionResult|BatchNodeInfo)$",
        "_tasks",
    ),
    (r"^BatchApplication$", "_applications"),
]

_NONE = type(None)
_UNIONS: Tuple[Any, ...] = (typing.Union,)
if sys.version_info >= (3, 10):
    _UNIONS += (types.UnionType,)


def load_schema(path: Path = DEFAULT_SCHEMA) -> Dict[str, Any]:
    """The parsed schema file, with the supplement's models and enums (see above)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return with_supplement(data)


def with_supplement(schema: Dict[str, Any]) -> Dict[str, Any]:
    """``schema`` plus those models and enums of :data:`SUPPLEMENT_SCHEMA` it lacks."""
    extra = json.loads(SUPPLEMENT_SCHEMA.read_text(encoding="utf-8"))
    return {
        **schema,
        "models": {**schema["models"], **extra["models"], **schema["models"]},
        "enums": {**schema["enums"], **extra["enums"], **schema["enums"]},
    }


def _models_ns() -> Dict[str, Any]:
    """Every public class of the model modules, by name (imported module by module)."""
    found: Dict[str, Any] = {}
    for path in sorted(MODELS_DIR.glob("_*.py")):
        module = importlib.import_module(f"batchmodels.models.{path.stem}")
        for name in _public_classes(path.read_text(encoding="utf-8")):
            found[name] = getattr(module, name)
    return found


# --- reading the declarations --------------------------------------------------------------


def type_name(tp: Any, models: Dict[str, Any]) -> str:
    """The schema's spelling of a resolved field annotation.

    ``Optional`` is dropped, ``Union[str, E]`` is ``E``, ``List[X]`` is ``list[X]``; classes are
    named only when they are the class ``batchmodels.models`` exports under that name.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _UNIONS:
        members = [a for a in args if a is not _NONE]
        if len(members) == 1:
            return type_name(members[0], models)
        enums = [a for a in members if isinstance(a, type) and issubclass(a, enum.Enum)]
        if len(members) == 2 and str in members and len(enums) == 1:
            return type_name(enums[0], models)
        return "Union[" + ", ".join(type_name(a, models) for a in members) + "]"
    if origin is list:
        return f"list[{type_name(args[0], models)}]"
    if origin is dict:
        return f"dict[{type_name(args[0], models)}, {type_name(args[1], models)}]"
    if tp is dt.datetime:
        return "datetime"
    if tp is dt.timedelta:
        return "timedelta"
    if tp in (str, int, float, bool):
        return str(tp.__name__)
    if isinstance(tp, type) and models.get(tp.__name__) is tp:
        return tp.__name__
    return f"<unexpected {tp!r}>"


def declared_fields(cls: type, models: Dict[str, Any]) -> List[Dict[str, Any]]:
    """The fields of ``cls`` in the schema's format, plus ``secret``."""
    import batchmodels

    return [
        {
            "attr": f.attr,
            "wire": f.wire,
            "type": type_name(f.type, models),
            "format": f.format,
            "visibility": list(f.visibility),
            "readonly": f.readonly,
            "required": f.required,
            "secret": f.secret,
        }
        for f in batchmodels.fields(cls)
    ]


def expected_fields(entry: Dict[str, Any]) -> List[Dict[str, Any]]:
    """A schema entry's fields, plus ``secret`` as :data:`SECRET_NAMES` decides."""
    keys = ("attr", "wire", "type", "format", "visibility", "readonly", "required")
    return [
        {**{k: f[k] for k in keys}, "secret": bool(SECRET_NAMES.search(f["attr"]))}
        for f in entry["fields"]
    ]


# --- checking ------------------------------------------------------------------------------


def model_problems(name: str, entry: Dict[str, Any], models: Dict[str, Any]) -> List[str]:
    """How model ``name`` differs from its schema entry."""
    from batchmodels import Model

    cls = models.get(name)
    if not (isinstance(cls, type) and issubclass(cls, Model)):
        return [f"{name}: no model class of that name in batchmodels.models"]
    actual = declared_fields(cls, models)
    expected = expected_fields(entry)
    problems: List[str] = []
    if [a["attr"] for a in actual] != [e["attr"] for e in expected]:
        problems.append(
            f"{name}: fields {[a['attr'] for a in actual]} != schema "
            f"{[e['attr'] for e in expected]}"
        )
    for a, e in zip(actual, expected):
        for key in e:
            if a.get(key) != e[key]:
                problems.append(f"{name}.{e['attr']}: {key} is {a.get(key)!r}, schema {e[key]!r}")
    return problems


def enum_problems(name: str, entry: Dict[str, Any], models: Dict[str, Any]) -> List[str]:
    """How enum ``name`` differs from its schema entry."""
    from batchmodels import StrEnum

    cls = models.get(name)
    if not (isinstance(cls, type) and issubclass(cls, StrEnum)):
        return [f"{name}: no StrEnum of that name in batchmodels.models"]
    actual = [(m.name, m.value) for m in cls]
    expected = list(entry["values"].items())
    return [] if actual == expected else [f"{name}: members {actual} != schema {expected}"]


def generated_problems(models: Dict[str, Any]) -> List[str]:
    """Model files whose generated parts (overloads, ``__all__``, the export table) are stale."""
    return [
        f"{path.relative_to(ROOT)}: generated code differs from fields(); run `write`"
        for path, text in generated_files(models).items()
        if path.read_text(encoding="utf-8") != text
    ]


def all_problems(schema: Dict[str, Any]) -> List[str]:
    """Every difference between the package's declarations and ``schema``."""
    from batchmodels import Model, StrEnum

    models = _models_ns()
    problems: List[str] = []
    for name, entry in schema["models"].items():
        problems += model_problems(name, entry, models)
    for name, entry in schema["enums"].items():
        problems += enum_problems(name, entry, models)
    for name, value in sorted(models.items()):
        known = name in schema["models"] or name in schema["enums"]
        if isinstance(value, type) and issubclass(value, (Model, StrEnum)) and not known:
            problems.append(f"{name}: exported but not in the schema")
    return problems + generated_problems(models)


# --- rendering -----------------------------------------------------------------------------


def annotation_text(tp: Any) -> str:
    """Source text of a resolved annotation, in the style the model modules use."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in _UNIONS:
        members = [a for a in args if a is not _NONE]
        inner = (
            annotation_text(members[0])
            if len(members) == 1
            else "Union[" + ", ".join(annotation_text(a) for a in members) + "]"
        )
        return f"Optional[{inner}]" if len(members) < len(args) else inner
    if origin is list:
        return f"List[{annotation_text(args[0])}]"
    if origin is dict:
        return f"Dict[{annotation_text(args[0])}, {annotation_text(args[1])}]"
    if tp in (dt.datetime, dt.timedelta):
        return f"datetime.{tp.__name__}"
    if isinstance(tp, type):
        return tp.__name__
    raise ValueError(f"cannot write annotation {tp!r}")


def overload_block(cls: type, indent: str) -> List[str]:
    """The ``if TYPE_CHECKING:`` block of typed ``__init__`` overloads for ``cls``."""
    import batchmodels

    settable = [f for f in batchmodels.fields(cls) if not f.readonly]
    ordered = [f for f in settable if f.required] + [f for f in settable if not f.required]
    i1, i2 = indent + "    ", indent + "        "
    lines = [f"{indent}if TYPE_CHECKING:", ""]
    if ordered:
        lines += [f"{i1}@overload", f"{i1}def __init__(", f"{i2}self,", f"{i2}*,"]
        for f in ordered:
            default = "" if f.required else " = None"
            text = annotation_text(f.type)
            line = f"{i2}{f.attr}: {text}{default},"
            if len(line) > 100:  # wrapped the way ruff format wraps it
                outer, inner = text.split("[", 1)
                line = f"{i2}{f.attr}: {outer}[\n{i2}    {inner[:-1]}\n{i2}]{default},"
            lines.append(line)
        lines += [f"{i1}) -> None: ...", f"{i1}@overload"]
        lines.append(f"{i1}def __init__(self, mapping: Mapping[str, Any], /) -> None: ...")
    else:
        lines += [f"{i1}@overload", f"{i1}def __init__(self) -> None: ..."]
        lines.append(f"{i1}@overload")
        lines.append(f"{i1}def __init__(self, mapping: Mapping[str, Any], /) -> None: ...")
    lines.append(f"{i1}def __init__(self, *args: Any, **kwargs: Any) -> None: ...")
    return lines


def _type_checking_blocks(tree: ast.Module) -> Iterator[Tuple[str, ast.If]]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if (
                    isinstance(item, ast.If)
                    and isinstance(item.test, ast.Name)
                    and item.test.id == "TYPE_CHECKING"
                ):
                    yield node.name, item


def render_overloads(text: str, models: Dict[str, Any]) -> str:
    """``text`` (a model module) with every class's overload block regenerated."""
    lines = text.split("\n")
    blocks = sorted(_type_checking_blocks(ast.parse(text)), key=lambda b: -b[1].lineno)
    for name, block in blocks:
        assert block.end_lineno is not None
        indent = lines[block.lineno - 1][: block.col_offset]
        lines[block.lineno - 1 : block.end_lineno] = overload_block(models[name], indent)
    return "\n".join(lines)


def _schema_annotation(type_text: str, schema: Dict[str, Any]) -> str:
    if type_text.startswith("list["):
        return f"List[{_schema_annotation(type_text[5:-1], schema)}]"
    if type_text.startswith("dict[str, "):
        return f"Dict[str, {_schema_annotation(type_text[10:-1], schema)}]"
    if type_text in ("datetime", "timedelta"):
        return f"datetime.{type_text}"
    if type_text in schema["enums"]:
        return f"Union[str, {type_text}]"
    return type_text


def model_declaration(name: str, entry: Dict[str, Any], schema: Dict[str, Any]) -> List[str]:
    """Source lines declaring model ``name`` from its schema entry (no docstrings yet)."""
    from batchmodels import to_camel

    lines = [f"class {name}(Model):", ""]
    for f in expected_fields(entry):
        ann = _schema_annotation(f["type"], schema)
        if not f["required"]:
            ann = f"Optional[{ann}]"
        args = []
        if f["wire"] != to_camel(f["attr"]):
            args.append(f'name="{f["wire"]}"')
        if f["readonly"]:
            args.append('visibility=["read"]')
        if f["format"]:
            args.append(f'format="{f["format"]}"')
        if f["secret"]:
            args.append("secret=True")
        lines.append(f"    {f['attr']}: {ann} = rest_field({', '.join(args)})")
    lines += ["", "    if TYPE_CHECKING:", "        pass", "", ""]
    return lines


def enum_declaration(name: str, entry: Dict[str, Any]) -> List[str]:
    """Source lines declaring enum ``name`` from its schema entry (no docstring yet)."""
    lines = [f"class {name}(StrEnum):", ""]
    lines += [f'    {member} = "{value}"' for member, value in entry["values"].items()]
    return [*lines, "", ""]


def area_of(name: str) -> str:
    """The model module a new class ``name`` goes to (:data:`AREAS`)."""
    for pattern, module in AREAS:
        if re.match(pattern, name):
            return module
    raise SystemExit(f"{name}: no area for it; add a rule to AREAS in tools/apisync.py")


# --- the command ---------------------------------------------------------------------------


def declare_missing(schema: Dict[str, Any]) -> List[str]:
    """Append declarations of the schema's models and enums the package lacks."""
    models = _models_ns()
    added: List[str] = []
    enum_lines: List[str] = []
    for name, entry in schema["enums"].items():
        if name not in models:
            enum_lines += enum_declaration(name, entry)
            added.append(name)
    if enum_lines:
        _append(MODELS_DIR / "_enums.py", enum_lines)
    by_module: Dict[str, List[str]] = {}
    for name, entry in schema["models"].items():
        if name not in models:
            by_module.setdefault(area_of(name), []).extend(model_declaration(name, entry, schema))
            added.append(name)
    for module, lines in by_module.items():
        _append(MODELS_DIR / f"{module}.py", lines)
    return added


def _append(path: Path, lines: List[str]) -> None:
    if not path.exists():
        raise SystemExit(f"create {path.name} (docstring, imports, __all__) before `write`")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n\n\n" + "\n".join(lines).rstrip("\n") + "\n")


def generated_files(models: Dict[str, Any]) -> Dict[Path, str]:
    """The expected text of every model module and of ``models/__init__.py``."""
    out: Dict[Path, str] = {}
    module_of: Dict[str, str] = {}
    for path in sorted(MODELS_DIR.glob("_*.py")):
        text = path.read_text(encoding="utf-8")
        names = _public_classes(text)
        module_of.update(dict.fromkeys(names, path.stem))
        out[path] = _with_all(render_overloads(text, models), names)
    for path, text in out.items():
        out[path] = _with_sibling_imports(text, path.stem, module_of)
    out[MODELS_DIR / "__init__.py"] = init_text(module_of)
    return out


def _with_sibling_imports(text: str, stem: str, module_of: Dict[str, str]) -> str:
    """``text`` with its imports from sibling model modules rewritten to what it uses."""
    tree = ast.parse(text)
    used = {
        node.id
        for cls in tree.body
        if isinstance(cls, ast.ClassDef)
        for item in cls.body
        if isinstance(item, ast.AnnAssign)
        for node in ast.walk(item.annotation)
        if isinstance(node, ast.Name)
    }
    wanted: Dict[str, List[str]] = {}
    for name in sorted(used, key=str.lower):
        module = module_of.get(name)
        if module is not None and module != stem:
            wanted.setdefault(module, []).append(name)
    lines = text.split("\n")
    sibling = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        and node.level == 1
        and node.module in module_of.values()
    ]
    anchor = next(
        (n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "_model"), None
    )
    if anchor is None:  # the enums module imports no models
        return text
    for node in sorted(sibling, key=lambda n: -n.lineno):
        assert node.end_lineno is not None
        del lines[node.lineno - 1 : node.end_lineno]
    block: List[str] = []
    for module in sorted(wanted):
        names = wanted[module]
        one = f"from .{module} import {', '.join(names)}"
        block += (
            [one]
            if len(one) <= 100
            else [f"from .{module} import (", *[f"    {n}," for n in names], ")"]
        )
    assert anchor.end_lineno is not None
    lines[anchor.end_lineno : anchor.end_lineno] = block
    return "\n".join(lines)


def _public_classes(text: str) -> List[str]:
    tree = ast.parse(text)
    return [n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("_")]


def _with_all(text: str, names: List[str]) -> str:
    """``text`` with its ``__all__`` assignment listing ``names``."""
    tree = ast.parse(text)
    lines = text.split("\n")
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", "") for t in node.targets] == [
            "__all__"
        ]:
            assert node.end_lineno is not None
            listed = [f'    "{name}",' for name in names]
            lines[node.lineno - 1 : node.end_lineno] = ["__all__ = [", *listed, "]"]
            return "\n".join(lines)
    raise SystemExit("a model module without __all__")


INIT_HEAD = '''"""Every model and enum of the Batch API (2025-06-01), by the names azure-batch uses.

Each area's module is imported on first use of one of its names, so that importing the
package stays cheap. This file is written by ``tools/apisync.py write``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Dict, List
'''

INIT_TAIL = """
if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above: a misspelt name is an error
    # there, not ``Any``.

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> List[str]:
    return sorted({*globals(), *__all__})
"""


def init_text(module_of: Dict[str, str]) -> str:
    """``models/__init__.py`` for classes found in the modules as ``module_of`` says."""
    lines = [INIT_HEAD, "if TYPE_CHECKING:"]
    by_module: Dict[str, List[str]] = {}
    for name, module in module_of.items():
        by_module.setdefault(module, []).append(name)
    for module in sorted(by_module):
        names = sorted(by_module[module], key=str.lower)
        lines.append(f"    from .{module} import (")
        lines += [f"        {name}," for name in names]
        lines.append("    )")
    lines += ["", "_MODULE_OF: Dict[str, str] = {"]
    lines += [f'    "{name}": "{module_of[name]}",' for name in sorted(module_of, key=str.lower)]
    lines += ["}", "", "__all__ = ["]
    lines += [f'    "{name}",' for name in sorted(module_of)]
    lines += ["]"]
    return "\n".join(lines) + "\n" + INIT_TAIL


def fix_imports() -> None:
    """Rewrite every model module's imports from its siblings (text only, no import)."""
    texts = {path: path.read_text(encoding="utf-8") for path in sorted(MODELS_DIR.glob("_*.py"))}
    module_of = {name: path.stem for path, text in texts.items() for name in _public_classes(text)}
    for path, text in texts.items():
        new = _with_sibling_imports(text, path.stem, module_of)
        if new != text:
            path.write_text(new, encoding="utf-8")


def write_generated() -> List[str]:
    """Rewrite every generated part from ``fields()``; the names of changed files."""
    changed = []
    for path, text in generated_files(_models_ns()).items():
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path.name)
    return changed


def main(argv: Optional[List[str]] = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in ("check", "write", "_overloads"):
        print(__doc__, file=sys.stderr)
        return 2
    schema_path = Path(args[1]) if len(args) > 1 else DEFAULT_SCHEMA
    schema = load_schema(schema_path)
    if args[0] == "write":
        for name in declare_missing(schema):
            print(f"declared {name}")
        fix_imports()
        # A fresh interpreter sees the classes just written.
        subprocess.run([sys.executable, __file__, "_overloads", str(schema_path)], check=True)
        return main(["check", str(schema_path)])
    if args[0] == "_overloads":
        for name in write_generated():
            print(f"regenerated {name}")
        return 0
    importlib.import_module("batchmodels")
    problems = all_problems(schema)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} differences from {schema_path.name}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
