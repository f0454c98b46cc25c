"""Fast, lossless, typed data models for the Azure Batch REST API."""

from typing import TYPE_CHECKING, Any, List

from . import models as _models
from ._declare import NULL, Field, to_camel
from ._enums import CaseInsensitiveEnumMeta, StrEnum
from ._errors import (
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    ValidationError,
)
from ._fields import rest_discriminator, rest_field
from ._json import JSONEncoder, Page, dumps, loads, loads_list, loads_page
from ._model import Model, fields
from ._requests import BodyResult, LeftOut, LeftOutReason, convert, update_body
from ._upgrade import Change, ChangeKind, UpgradeResult, upgrade
from ._validate import Problem, validate
from ._version import __version__ as __version__

if TYPE_CHECKING:
    from .models import *  # noqa: F403

__all__ = [
    "NULL",
    "BatchModelError",
    "CaseInsensitiveEnumMeta",
    "Field",
    "InvalidTypeError",
    "InvalidValueError",
    "JSONEncoder",
    "Model",
    "BodyResult",
    "LeftOut",
    "LeftOutReason",
    "Problem",
    "StrEnum",
    "ValidationError",
    "dumps",
    "fields",
    "loads",
    "loads_list",
    "loads_page",
    "Page",
    "rest_discriminator",
    "rest_field",
    "to_camel",
    "validate",
    "convert",
    "update_body",
    "Change",
    "ChangeKind",
    "UpgradeResult",
    "upgrade",
]
__all__ += _models.__all__


_MODEL_NAMES = frozenset(_models.__all__)


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the star import above: a misspelt name is an
    # error there, not ``Any``.

    def __getattr__(name: str) -> Any:
        # Called only until a name is cached in this module's globals, so later reads of
        # ``batchmodels.BatchJob`` are plain attribute lookups.
        if name not in _MODEL_NAMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> List[str]:
    return sorted({*globals(), *__all__})
