"""The public surface: exported names, the error family, packaging details."""

import importlib
import importlib.metadata
import importlib.util
import inspect
import pickle
import runpy
import sys
from pathlib import Path

import pytest

import batchmodels
import batchmodels.models

ENGINE_NAMES = {
    "NULL",
    "BatchModelError",
    "CaseInsensitiveEnumMeta",
    "Field",
    "InvalidTypeError",
    "InvalidValueError",
    "JSONEncoder",
    "Model",
    "StrEnum",
    "ValidationError",
    "dumps",
    "fields",
    "loads",
    "loads_list",
    "rest_discriminator",
    "rest_field",
    "to_camel",
}
# names other parts (validation, request bodies) add next to the engine and the models
OTHER_NAMES = {
    "validate",
    "Problem",
    "update_body",
    "Page",
    "loads_page",
    "convert",
    "BodyResult",
    "LeftOut",
    "LeftOutReason",
    "upgrade",
    "UpgradeResult",
    "Change",
    "ChangeKind",
}

PRIVATE_MODULES = [
    "_codecs",
    "_enums",
    "_errors",
    "_fields",
    "_isotime",
    "_json",
    "_model",
    "_requests",
]


def test_all_lists_unique_importable_names() -> None:
    names = batchmodels.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert hasattr(batchmodels, name), name


def test_exported_names_are_the_engine_the_models_and_nothing_else() -> None:
    exported = set(batchmodels.__all__)
    models = set(batchmodels.models.__all__)
    assert exported >= ENGINE_NAMES
    assert models <= exported
    assert exported - ENGINE_NAMES - models <= OTHER_NAMES
    assert not ENGINE_NAMES & models
    assert all(not name.startswith("_") for name in exported)


def test_star_import_gives_exactly_all() -> None:
    namespace: dict = {}
    exec("from batchmodels import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(batchmodels.__all__)


def test_models_are_the_same_objects_in_both_namespaces() -> None:
    for name in batchmodels.models.__all__:
        assert getattr(batchmodels, name) is getattr(batchmodels.models, name)


@pytest.mark.parametrize("name", sorted(ENGINE_NAMES - {"NULL"}))
def test_engine_names_are_documented(name: str) -> None:
    obj = getattr(batchmodels, name)
    assert inspect.getdoc(obj), name


@pytest.mark.parametrize("module", PRIVATE_MODULES)
def test_private_modules_declare_all(module: str) -> None:
    mod = importlib.import_module(f"batchmodels.{module}")
    assert mod.__doc__
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name}"


def test_the_package_is_typed_and_versioned() -> None:
    assert (Path(batchmodels.__file__).parent / "py.typed").is_file()
    assert isinstance(batchmodels.__version__, str)
    assert importlib.metadata.version("batchmodels") == batchmodels.__version__


def test_error_family() -> None:
    from batchmodels import (
        BatchModelError,
        InvalidTypeError,
        InvalidValueError,
        ValidationError,
    )

    assert issubclass(InvalidValueError, BatchModelError) and issubclass(
        InvalidValueError, ValueError
    )
    assert issubclass(InvalidTypeError, BatchModelError) and issubclass(InvalidTypeError, TypeError)
    assert issubclass(ValidationError, BatchModelError) and issubclass(ValidationError, ValueError)
    err = InvalidValueError("not an ISO 8601 duration", "abc").at(
        ((None, "constraints"), "maxWallClockTime")
    )
    assert err.path == "$.constraints.maxWallClockTime"
    assert err.value == "abc" and err.reason == "not an ISO 8601 duration"
    assert str(err) == "$.constraints.maxWallClockTime: not an ISO 8601 duration: 'abc'"
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is InvalidValueError
    assert (back.path, back.value, str(back)) == (err.path, err.value, str(err))


def test_the_typed_usage_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(__file__).parent / "typing" / "usage_engine.py"
    spec = importlib.util.spec_from_file_location("usage_engine", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # string annotations resolve in the module's namespace, found through sys.modules
    monkeypatch.setitem(sys.modules, "usage_engine", module)
    spec.loader.exec_module(module)
    assert module.main() is None
    runpy.run_path(str(path), run_name="__main__")  # as a script


def test_model_names_load_on_first_use_and_are_then_plain_globals() -> None:
    import batchmodels.models

    cls = batchmodels.BatchTaskCountsResult
    assert vars(batchmodels)["BatchTaskCountsResult"] is cls
    assert cls is batchmodels.models.BatchTaskCountsResult
    for name in ("importlib", "_MODULE_OF", "NoSuchModel"):
        with pytest.raises(AttributeError):
            getattr(batchmodels, name)
