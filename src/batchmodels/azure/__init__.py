"""batchmodels models through azure-batch's ``BatchClient`` (install ``batchmodels[azure]``).

:class:`BatchClient` (and ``batchmodels.azure.aio.BatchClient``) is azure-batch's client with
the same constructor; its ``get_*`` and ``list_*`` operations return batchmodels models parsed
from the response text, and its operations that take a body accept batchmodels models.
Errors are azure-core's; :func:`batch_error` reads the service's error body from one.
"""

try:
    import azure.batch  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        "batchmodels.azure needs azure-batch: pip install 'batchmodels[azure]'"
    ) from exc

from ._client import BatchClient
from ._responses import batch_error

__all__ = ["BatchClient", "batch_error"]
