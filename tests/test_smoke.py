import json

from batchmodels import dumps, loads
from batchmodels.models import BatchJob, BatchJobState


def test_job_round_trip_keeps_text_and_types() -> None:
    text = json.dumps(
        {
            "id": "job-1",
            "state": "active",
            "creationTime": "2016-11-19T00:05:25.3119150Z",
            "constraints": {"maxWallClockTime": "P10675199DT2H48M5.4775807S"},
            "poolInfo": {"poolId": "pool-1"},
        }
    )
    job = loads(text, BatchJob)
    assert job.state is BatchJobState.ACTIVE
    assert job.pool_info.pool_id == "pool-1"
    assert job.creation_time.microsecond == 311915
    assert dumps(job) == text
