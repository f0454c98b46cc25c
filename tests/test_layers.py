"""The import graph of src/batchmodels (read with ``ast``): no module imports a layer above it.

Layers, lowest first: base modules (errors, times, enums, the instance layout, the version,
limits, compiling generated code); JSON text parsing; shapes (the one reader of ``typing``);
where shapes hold models; scalar codecs; JSON values (copy, equality, repr); the codec
record; codecs; field declarations; the class record; live values; exposed views; annotation
resolution; the generated bulk read; the field descriptor; the prune/mask walkers; keyword
construction; building a class's record; the model; validation; the model declarations; JSON
helpers and the operation table; JSON Schema; request bodies; the command line; the package
root. Imports made only for type checkers count too.

Also: no module outside ``models/`` is over 600 lines, and no module imports another's
private (underscore) name.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import batchmodels

SRC = Path(batchmodels.__file__).resolve().parent
MAX_LINES = 600
LAYERS: Dict[str, float] = {
    "_base": 0,
    "_errors": 0,
    "_isotime": 0,
    "_enums": 0,
    "_version": 0,
    "_limits": 0,
    "_codegen": 0,
    "_jsontext": 0.5,
    "_shapes": 1,
    "_modelpaths": 1.1,
    "_scalars": 1.6,
    "_jsonvalue": 1.7,
    "_codecbase": 1.8,
    "_codecs": 2,
    "_declare": 2.5,
    "_record": 2.55,
    "_live": 2.6,
    "_views": 2.7,
    "_resolve": 2.8,
    "_fill": 2.9,
    "_fields": 3,
    "_versions": 0,
    "_apiversions": 3.4,
    "_walk": 3.6,
    "_kwinit": 3.7,
    "_complete": 3.8,
    "_model": 4,
    "_validate": 4.5,
    "models": 5,
    "_json": 6,
    "_operations": 6,
    "_schema": 7,
    "_requests": 8,
    "_upgrade": 8,
    "_cli": 9,
    "__init__": 10,
    "__main__": 10,
    "azure": 11,  # the optional azure-batch client: only it imports azure
    "_migrate": 8.5,
}


def _modules() -> Iterator[Tuple[str, Path]]:
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        yield ".".join(("batchmodels", *parts)).removesuffix(".__init__"), path


def _area(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(module: str, path: Path) -> List[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            if node.module:
                out.append(".".join([*base, node.module]))
            else:
                out.extend(".".join([*base, alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("batchmodels"):
            out.append(node.module or "")
        elif isinstance(node, ast.Import):
            out.extend(a.name for a in node.names if a.name.startswith("batchmodels"))
    return out


def _is_module(dotted: str) -> bool:
    path = SRC.joinpath(*dotted.split(".")[1:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_no_module_is_over_600_lines_outside_the_model_declarations() -> None:
    long = {
        module: n
        for module, path in _modules()
        if _area(module) != "models"
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_no_module_imports_a_private_name_of_another() -> None:
    found = []
    for module, path in _modules():
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join([*base, node.module] if node.module else base)
            elif (node.module or "").startswith("batchmodels"):
                source = node.module or ""
            else:
                continue
            for alias in node.names:
                name = alias.name
                private = name.startswith("_") and not name.startswith("__")
                if private and not _is_module(f"{source}.{name}"):
                    found.append(f"{module}: {name} from {source}")
    assert found == []


def test_every_module_has_a_layer() -> None:
    assert {_area(m) for m, _ in _modules()} <= set(LAYERS)


def test_no_module_imports_a_layer_above_it() -> None:
    upward = []
    for module, path in _modules():
        here = LAYERS[_area(module)]
        for target in _imports(module, path):
            there = LAYERS.get(_area(target), LAYERS["__init__"])
            if _area(target) != _area(module) and there > here:
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_only_the_shapes_module_reads_typing_generics() -> None:
    readers = [
        m
        for m, path in _modules()
        if "get_origin" in path.read_text(encoding="utf-8")
        or "get_args" in path.read_text(encoding="utf-8")
    ]
    assert readers == ["batchmodels._shapes"]


def test_only_the_azure_subpackage_imports_azure() -> None:
    importers = []
    for module, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            if any(n == "azure" or n.startswith("azure.") for n in names):
                importers.append(module)
    assert importers
    assert {m for m in importers if _area(m) != "azure"} == set()
