"""Misspelt model names both type checkers must report (the lazy module ``__getattr__`` is
hidden from them): the lines with an error comment only."""

from __future__ import annotations

import batchmodels
import batchmodels as bm
from batchmodels import models
from batchmodels.models import BatchJob
from batchmodels.models import BatchJobb as Misspelt  # error: no such model in batchmodels.models

job = BatchJob({"id": "job-1"})
upload = bm.OutputFileUploadConfiguration(
    upload_condition=bm.OutputFileUploadCondition.TASK_SUCCESS
)
bm.OutputFileUploadConfig(upload_condition="taskSuccess")  # error: no such name in batchmodels
models.BatchPoolInfoo(pool_id="pool-1")  # error: no such model in batchmodels.models
batchmodels.BatchJobConstraint()  # error: no such name in batchmodels
_ = models.BatchJobState.ACTIVE
_ = Misspelt
