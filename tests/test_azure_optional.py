"""batchmodels.azure is optional: without azure-batch it says what to install."""

from __future__ import annotations

import sys

import pytest


def test_without_azure_batch_the_import_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [
        m for m in sys.modules if m == "batchmodels.azure" or m.startswith("batchmodels.azure.")
    ]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "azure.batch", None)  # what a missing package looks like
    with pytest.raises(ImportError, match=r"pip install 'batchmodels\[azure\]'"):
        import batchmodels.azure  # noqa: F401
