"""Describe the Batch API versions that azure-batch 12.0.0 to 14.2.0 spoke, as package data.

    python tools/apiversions.py fetch [--check]   download the wheels, extract their models
                                                   into tools/apiversions/ (or compare)
    python tools/apiversions.py write              derive the package data and the docs table
                                                   from the extracts
    python tools/apiversions.py check              report where the data and the extracts
                                                   disagree (exit 1 if they do)

``fetch`` is the only step that needs the package index (``pip download --no-deps``); the
wheels are read as zip files and their sources by AST, never imported. An extract keeps, per
model class, the ``_validation`` and ``_attribute_map`` literals and, per enum, its members:
small enough to commit, so ``write`` and ``check`` (and the test suite) run offline.

``write`` produces ``src/batchmodels/_versions/<api-version>.json`` (one per version),
``src/batchmodels/_versions/renames.json`` (old class, enum, member and attribute names to
today's, or what replaced a removed one) and the generated table in ``docs/versions.md``.
The few pairs that the names and wire shapes cannot decide are in :data:`HAND`.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
EXTRACTS = ROOT / "tools" / "apiversions"
DATA = ROOT / "src" / "batchmodels" / "_versions"
SCHEMA = ROOT / "tests" / "data" / "batch-models-schema.json"
# Request bodies azure-batch 15.1.0 sends without exporting them (see tools/apisync.py).
SUPPLEMENT = ROOT / "tests" / "data" / "azure-batch-extra-schema.json"
DOC = ROOT / "docs" / "versions.md"

PACKAGES = ["12.0.0", "13.0.0", "14.0.0", "14.1.0", "14.2.0"]
"""azure-batch releases read, oldest first."""

CURRENT = "2025-06-01"

_MODELS = "azure/batch/models/_models_py3.py"
_ENUMS = "azure/batch/models/_batch_service_client_enums.py"
_CLIENT = "azure/batch/_batch_service_client.py"

# --- the one hand table ----------------------------------------------------------------------

CERTIFICATES = (
    "Batch account certificates were retired; install certificates with the Azure Key Vault "
    "VM extension instead"
)
CLOUD_SERVICES = "Cloud Services pools were retired; use virtualMachineConfiguration"
HAND: Dict[str, Dict[str, Any]] = {
    # old model or enum name -> {"new": today's name} or {"replacement": ..., "reason": ...}
    "CloudServiceConfiguration": {
        "replacement": "VirtualMachineConfiguration",
        "reason": CLOUD_SERVICES,
    },
    "CertificateReference": {"replacement": None, "reason": CERTIFICATES},
    "Certificate": {"replacement": None, "reason": CERTIFICATES},
    "CertificateAddParameter": {"replacement": None, "reason": CERTIFICATES},
    "DeleteCertificateError": {"replacement": None, "reason": CERTIFICATES},
    "CertificateState": {"replacement": None, "reason": CERTIFICATES},
    "CertificateFormat": {"replacement": None, "reason": CERTIFICATES},
    "CertificateStoreLocation": {"replacement": None, "reason": CERTIFICATES},
    "CertificateVisibility": {"replacement": None, "reason": CERTIFICATES},
    "BatchErrorException": {
        "replacement": "azure.core.exceptions.HttpResponseError",
        "reason": "the client raises azure-core's HttpResponseError",
    },
    "JobUpdateParameter": {"new": "BatchJob"},
    "JobPatchParameter": {"new": "BatchJobUpdateOptions"},
    "JobScheduleUpdateParameter": {"new": "BatchJobSchedule"},
    "JobSchedulePatchParameter": {"new": "BatchJobScheduleUpdateOptions"},
    "TaskUpdateParameter": {"new": "BatchTask"},
    "PoolUpdatePropertiesParameter": {"new": "BatchPoolReplaceOptions"},
    "PoolPatchParameter": {"new": "BatchPoolUpdateOptions"},
    "TaskAddCollectionParameter": {"new": "BatchTaskGroup"},
    "TaskAddCollectionResult": {"new": "BatchCreateTaskCollectionResult"},
    "HttpHeader": {"new": "OutputFileUploadHeader"},
    "CloudTaskListSubtasksResult": {
        "replacement": "BatchSubtask",
        "reason": "list results are paged by the client, which yields the items",
    },
    "ComputeNodeRebootOption": {"new": "BatchNodeDeallocationOption"},
    "ComputeNodeReimageOption": {"new": "BatchNodeDeallocationOption"},
}
"""Pairs the names and wire shapes do not decide, and removed names with their reason."""

NOT_MODELLED = "no model of this name or wire shape in API 2025-06-01's models"

FIELD_REASONS: Dict[str, str] = {
    "cloudServiceConfiguration": CLOUD_SERVICES,
    "certificateReferences": CERTIFICATES,
    "applicationLicenses": "pay-per-use rendering application licenses were retired",
}
"""Why a wire field of old versions is absent later; others say only when it went."""

# --- extracting ------------------------------------------------------------------------------


def _literal_source(node: ast.AST) -> str:
    return ast.unparse(node)


def extract(models_src: str, enums_src: str, client_src: str, package: str, digest: str) -> str:
    """The committed extract of one wheel: a header and Python-syntax class skeletons."""
    api = _api_version(client_src)
    lines = [f"# azure-batch {package} wheel sha256 {digest}", f"api_version = {api!r}", ""]
    for cls in ast.parse(enums_src).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        lines.append(f"class {cls.name}(Enum):")
        for stmt in cls.body:
            if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant):
                target = stmt.targets[0]
                assert isinstance(target, ast.Name)
                lines.append(f"    {target.id} = {stmt.value.value!r}")
        lines.append("")
    for cls in ast.parse(models_src).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        body = {
            stmt.targets[0].id: stmt.value
            for stmt in cls.body
            if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)
        }
        if "_attribute_map" not in body:
            continue
        keys = [v for v in ast.literal_eval(body["_attribute_map"]).values()]
        if all(not spec["key"] for spec in keys):
            continue  # a parameter group (options of a client method), not a body
        lines.append(f"class {cls.name}(Model):")
        for key in ("_validation", "_attribute_map"):
            if key in body:
                lines.append(f"    {key} = {_literal_source(body[key])}")
        lines.append("")
    return "\n".join(lines)


def _api_version(client_src: str) -> str:
    for node in ast.walk(ast.parse(client_src)):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Attribute)
            and node.targets[0].attr == "api_version"
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    raise SystemExit("no api_version in the client module")


def fetch(package: str, workdir: Path) -> str:
    """Download one azure-batch wheel and return its extract."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "--only-binary=:all:",
            f"azure-batch=={package}",
            "-d",
            str(workdir),
        ],
        check=True,
    )
    (wheel,) = workdir.glob(f"azure_batch-{package}-*.whl")
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel) as zf:
        sources = [zf.read(name).decode("utf-8") for name in (_MODELS, _ENUMS, _CLIENT)]
    return extract(*sources, package=package, digest=digest)


def extract_path(package: str) -> Path:
    return EXTRACTS / f"azure-batch-{package}.txt"


# --- reading the extracts --------------------------------------------------------------------

_SCALARS = {
    "str": ("str", None),
    "int": ("int", None),
    "long": ("int", None),
    "float": ("float", None),
    "bool": ("bool", None),
    "iso-8601": ("datetime", "rfc3339"),
    "duration": ("timedelta", "duration"),
    "object": ("object", None),
    "bytearray": ("bytes", None),
}


def _type(msrest: str) -> Tuple[str, Optional[str]]:
    """Today's schema spelling (and format) of an msrest type string."""
    if msrest.startswith("[") and msrest.endswith("]"):
        inner, fmt = _type(msrest[1:-1])
        return f"list[{inner}]", fmt
    if msrest.startswith("{") and msrest.endswith("}"):
        inner, fmt = _type(msrest[1:-1])
        return f"dict[str, {inner}]", fmt
    return _SCALARS.get(msrest, (msrest, None))


def describe(text: str) -> Dict[str, Any]:
    """One version's description from its extract."""
    tree = ast.parse(text)
    api = ""
    models: Dict[str, Any] = {}
    enums: Dict[str, Dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            api = ast.literal_eval(node.value)
            continue
        assert isinstance(node, ast.ClassDef)
        base = node.bases[0]
        assert isinstance(base, ast.Name)
        values = {
            stmt.targets[0].id: ast.literal_eval(stmt.value)
            for stmt in node.body
            if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name)
        }
        if base.id == "Enum":
            enums[node.name] = values
            continue
        amap: Dict[str, Dict[str, str]] = values["_attribute_map"]
        rules: Dict[str, Dict[str, Any]] = values.get("_validation", {})
        fields = []
        for attr, spec in amap.items():
            tp, fmt = _type(spec["type"])
            field: Dict[str, Any] = {"attr": attr, "wire": spec["key"], "type": tp}
            if fmt:
                field["format"] = fmt
            for rule, value in sorted(rules.get(attr, {}).items()):
                field[rule] = value
            fields.append(field)
        models[node.name] = {"fields": fields}
    header = text.splitlines()[0].split()
    return {
        "api_version": api,
        "package": f"azure-batch {header[2]}",
        "models": dict(sorted(models.items())),
        "enums": dict(sorted(enums.items())),
    }


def load_extracts() -> List[Dict[str, Any]]:
    return [describe(extract_path(p).read_text(encoding="utf-8")) for p in PACKAGES]


# --- old names to today's --------------------------------------------------------------------


def _wires(fields: Iterable[Dict[str, Any]]) -> set:
    return {f["wire"] for f in fields}


_NAME_PARTS = [
    (r"^(batch|cloud)", ""),
    (r"computenode", "node"),
    (r"information", "info"),
    (r"addparameter$", "createoptions"),
    (r"parameter$", "options"),
]


def _name_key(name: str) -> str:
    """A class name with the prefixes and words that changed between the tracks evened out."""
    key = name.lower()
    for pattern, repl in _NAME_PARTS:
        key = re.sub(pattern, repl, key)
    return key


def _name_match(old: str, today: Iterable[str]) -> Optional[str]:
    found = [name for name in today if _name_key(name) == _name_key(old)]
    return found[0] if len(found) == 1 else None


def _shape_match(old: Dict[str, Any], today: Dict[str, Any]) -> Optional[str]:
    """Today's model whose wire names best cover ``old``'s, if one clearly does."""
    mine = _wires(old["fields"])
    scored = []
    for name, entry in today.items():
        theirs = _wires(entry["fields"])
        score = len(mine & theirs) / len(mine | theirs)
        scored.append((score, name))
    scored.sort(reverse=True)
    best, runner = scored[0], scored[1]
    if best[0] >= 0.5 and best[0] > runner[0]:
        return best[1]
    return None


def _enum_match(old: Dict[str, str], today: Dict[str, Any]) -> Optional[str]:
    mine = {v.lower() for v in old.values()}
    scored = []
    for name, entry in today.items():
        theirs = {v.lower() for v in entry["values"].values()}
        scored.append((len(mine & theirs) / len(mine | theirs), name))
    scored.sort(reverse=True)
    best, runner = scored[0], scored[1]
    if best[0] >= 0.5 and best[0] > runner[0]:
        return best[1]
    return None


def _first_missing(wire: str, cls: str, versions: List[Dict[str, Any]]) -> str:
    """The first API version after the old ones to lack ``cls``'s ``wire`` field."""
    seen = False
    for v in versions:
        entry = v["models"].get(cls)
        if entry and wire in _wires(entry["fields"]):
            seen = True
        elif seen:
            return str(v["api_version"])
    return CURRENT


def renames(versions: List[Dict[str, Any]], schema: Dict[str, Any]) -> Dict[str, Any]:
    """Old model, enum, member and attribute names to today's (see docs/versions.md)."""
    today_models = schema["models"]
    today_enums = schema["enums"]
    models: Dict[str, Any] = {}
    enums: Dict[str, Any] = {}
    last_seen: Dict[str, Dict[str, Any]] = {}
    where: Dict[str, Tuple[str, str]] = {}
    for v in versions:
        for name in v["models"]:
            where.setdefault(name, (v["api_version"], v["api_version"]))
            where[name] = (where[name][0], v["api_version"])
        for name in v["enums"]:
            where.setdefault(name, (v["api_version"], v["api_version"]))
            where[name] = (where[name][0], v["api_version"])
        last_seen.update({n: e for n, e in v["models"].items()})
    latest_enums: Dict[str, Dict[str, str]] = {}
    for v in versions:
        latest_enums.update(v["enums"])

    def removed_entry(name: str) -> Dict[str, Any]:
        hand = HAND.get(name, {})
        after = where[name][1]
        gone = next((w["api_version"] for w in versions if w["api_version"] > after), CURRENT)
        return {
            "new": None,
            "removed_in": gone,
            "replacement": hand.get("replacement"),
            "reason": hand.get("reason", NOT_MODELLED),
        }

    for name, entry in sorted(last_seen.items()):
        hand = HAND.get(name, {})
        if "new" in hand:
            new, how = hand["new"], "hand"
        elif "reason" in hand:
            new, how = None, "hand"
        elif name in today_models:
            new, how = name, "name"
        elif _name_match(name, today_models):
            new, how = _name_match(name, today_models), "similar name"
        else:
            new, how = _shape_match(entry, today_models), "shape"
        if new is None:
            models[name] = removed_entry(name)
            continue
        item: Dict[str, Any] = {"new": new, "by": how}
        today_fields = {f["wire"]: f for f in today_models[new]["fields"]}
        attrs: Dict[str, str] = {}
        gone: Dict[str, Any] = {}
        every: Dict[str, Dict[str, Any]] = {}  # the fields of every version, by wire name
        for v in versions:
            for f in v["models"].get(name, {"fields": []})["fields"]:
                every.setdefault(f["wire"], f)
        for f in every.values():
            now = today_fields.get(f["wire"])
            if now is None:
                gone[f["wire"]] = {
                    "attr": f["attr"],
                    "removed_in": _first_missing(f["wire"], name, versions),
                    "reason": FIELD_REASONS.get(f["wire"]),
                }
            elif now["attr"] != f["attr"]:
                attrs[f["attr"]] = now["attr"]
        if attrs:
            item["attributes"] = attrs
        if gone:
            item["removed_fields"] = gone
        models[name] = item

    for name, members in sorted(latest_enums.items()):
        hand = HAND.get(name, {})
        if "new" in hand:
            new, how = hand["new"], "hand"
        elif "reason" in hand:
            new, how = None, "hand"
        elif name in today_enums:
            new, how = name, "name"
        elif _name_match(name, today_enums):
            new, how = _name_match(name, today_enums), "similar name"
        else:
            new, how = _enum_match(members, today_enums), "values"
        if new is None:
            enums[name] = removed_entry(name)
            continue
        by_value = {v.lower(): k for k, v in today_enums[new]["values"].items()}
        mapped = {}
        gone_members = []
        for member, value in members.items():
            target = by_value.get(value.lower())
            if target is None:
                gone_members.append(member)
            else:
                mapped[member] = target
        item = {"new": new, "by": how, "members": mapped}
        if gone_members:
            item["removed_members"] = gone_members
        enums[name] = item

    exceptions = {"BatchErrorException": removed_entry_exception()}
    return {
        "packages": [v["package"] for v in versions],
        "api_versions": [v["api_version"] for v in versions],
        "current": CURRENT,
        "models": models,
        "enums": enums,
        "exceptions": exceptions,
    }


def removed_entry_exception() -> Dict[str, Any]:
    hand = HAND["BatchErrorException"]
    return {"new": hand["replacement"], "reason": hand["reason"]}


# --- the generated docs table ----------------------------------------------------------------

BEGIN = "<!-- begin generated by tools/apiversions.py: do not edit -->"
END = "<!-- end generated -->"


def doc_table(versions: List[Dict[str, Any]], names: Dict[str, Any], schema: Dict[str, Any]) -> str:
    """The generated part of docs/versions.md."""
    out = [
        "### Versions",
        "",
        "| package | API version | models | fields | enums |",
        "|---|---|---|---|---|",
    ]
    for v in versions:
        fields = sum(len(m["fields"]) for m in v["models"].values())
        out.append(
            f"| {v['package']} | {v['api_version']} | {len(v['models'])} | {fields} "
            f"| {len(v['enums'])} |"
        )
    fields = sum(len(m["fields"]) for m in schema["models"].values())
    out.append(
        f"| batchmodels (azure-batch 15.1.0) | {CURRENT} | {len(schema['models'])} "
        f"| {fields} | {len(schema['enums'])} |"
    )
    out += ["", "### Renamed models", "", "| azure-batch ≤ 14 | today |", "|---|---|"]
    for old, item in names["models"].items():
        if item["new"] and item["new"] != old:
            out.append(f"| `{old}` | `{item['new']}` |")
    out += ["", "### Renamed enums", "", "| azure-batch ≤ 14 | today |", "|---|---|"]
    for old, item in names["enums"].items():
        if item["new"] and item["new"] != old:
            out.append(f"| `{old}` | `{item['new']}` |")
    out += [
        "",
        "### Removed models and enums",
        "",
        "| azure-batch ≤ 14 | gone in | instead | why |",
        "|---|---|---|---|",
    ]
    for kind in ("models", "enums"):
        for old, item in names[kind].items():
            if item["new"] is None:
                instead = f"`{item['replacement']}`" if item["replacement"] else "—"
                out.append(f"| `{old}` | {item['removed_in']} | {instead} | {item['reason']} |")
    out += [
        "",
        "### Renamed attributes",
        "",
        "Same wire name, new Python attribute name.",
        "",
        "| model (today) | azure-batch ≤ 14 | today |",
        "|---|---|---|",
    ]
    rows = set()
    for item in names["models"].values():
        for old_attr, new_attr in item.get("attributes", {}).items():
            rows.add((item["new"], old_attr, new_attr))
    out += [f"| `{m}` | `{a}` | `{b}` |" for m, a, b in sorted(rows)]
    out += [
        "",
        "### Removed fields",
        "",
        "| model (today) | field | gone in | why |",
        "|---|---|---|---|",
    ]
    rows2 = set()
    for item in names["models"].values():
        for wire, gone in item.get("removed_fields", {}).items():
            rows2.add((item["new"], wire, gone["removed_in"], gone["reason"] or "—"))
    out += [f"| `{m}` | `{w}` | {g} | {r} |" for m, w, g, r in sorted(rows2)]
    out += [
        "",
        "### Added fields",
        "",
        "Fields of today's models that an old version does not have (first version that has them).",
        "",
        "| model (today) | field | since |",
        "|---|---|---|",
    ]
    rows3 = set()
    order = [v["api_version"] for v in versions] + [CURRENT]
    for old, item in names["models"].items():
        if not item["new"]:
            continue
        for f in schema["models"][item["new"]]["fields"]:
            present = [
                v["api_version"]
                for v in versions
                if f["wire"] in _wires(v["models"].get(old, {"fields": []})["fields"])
            ]
            if not present:
                since = CURRENT
            elif present[0] != order[0]:
                since = present[0]
            else:
                continue
            rows3.add((item["new"], f["wire"], since))
    out += [f"| `{m}` | `{w}` | {s} |" for m, w, s in sorted(rows3)]
    return "\n".join(out)


# --- write and check -------------------------------------------------------------------------


def _dump(data: Any, depth: int = 0) -> str:
    """JSON with one line per model, enum or mapping entry: compact, and diffs tolerably."""
    pad = " " * depth
    if (
        isinstance(data, dict)
        and data
        and depth < 3
        and any(isinstance(v, (dict, list)) for v in data.values())
    ):
        items = [f"{pad} {json.dumps(k)}: {_dump(v, depth + 1).strip()}" for k, v in data.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}" + ("\n" if depth == 0 else "")
    if isinstance(data, list) and data and depth < 3 and all(isinstance(v, dict) for v in data):
        items = [f"{pad} {json.dumps(v, ensure_ascii=False)}" for v in data]
        return "[\n" + ",\n".join(items) + f"\n{pad}]"
    return json.dumps(data, ensure_ascii=False)


def outputs() -> Dict[Path, str]:
    """Every generated file's expected text, derived from the committed extracts."""
    versions = load_extracts()
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    extra = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))
    schema = {
        **schema,
        "models": {**extra["models"], **schema["models"]},
        "enums": {**extra["enums"], **schema["enums"]},
    }
    names = renames(versions, schema)
    files = {DATA / f"{v['api_version']}.json": _dump(v) for v in versions}
    files[DATA / "renames.json"] = _dump(names)
    doc = DOC.read_text(encoding="utf-8") if DOC.exists() else f"{BEGIN}\n{END}\n"
    head, rest = doc.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    files[DOC] = f"{head}{BEGIN}\n\n{doc_table(versions, names, schema)}\n\n{END}{tail}"
    return files


def problems() -> List[str]:
    found = []
    for path, text in outputs().items():
        rel = path.relative_to(ROOT)
        if not path.exists():
            found.append(f"{rel}: missing")
        elif path.read_text(encoding="utf-8") != text:
            found.append(f"{rel}: differs from what the extracts give")
    expected = {f"{v}.json" for v in _api_versions()} | {"renames.json"}
    for path in DATA.glob("*.json"):
        if path.name not in expected:
            found.append(f"{path.relative_to(ROOT)}: not derived from an extract")
    return found


def _api_versions() -> List[str]:
    return [describe(extract_path(p).read_text(encoding="utf-8"))["api_version"] for p in PACKAGES]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    f = sub.add_parser("fetch")
    f.add_argument("--check", action="store_true")
    sub.add_parser("write")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        EXTRACTS.mkdir(parents=True, exist_ok=True)
        differ = 0
        for package in PACKAGES:
            with tempfile.TemporaryDirectory() as tmp:
                text = fetch(package, Path(tmp))
            path = extract_path(package)
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"{path.relative_to(ROOT)}: differs from the wheel")
                    differ = 1
            else:
                path.write_text(text, encoding="utf-8")
        return differ
    if args.command == "write":
        DATA.mkdir(parents=True, exist_ok=True)
        for path, text in outputs().items():
            path.write_text(text, encoding="utf-8")
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
