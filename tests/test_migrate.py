"""``batchmodels migrate``: azure-batch 14 names found through any import, sure renames
rewritten by token, everything else left as a note."""

from __future__ import annotations

import ast
import contextlib
import enum
import importlib.util
import io
import json
import shutil
import sys
import textwrap
import types
from pathlib import Path
from types import ModuleType
from typing import Any, List, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import batchmodels
from batchmodels import models
from batchmodels._cli import main
from batchmodels._migrate import Finding, apply, default_facts, read_source, scan

DATA = Path(__file__).parent / "data" / "migrate"
QUICKSTART = DATA / "quickstart.py"


def run(*args: str) -> Tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["migrate", *args])
    return code, out.getvalue(), err.getvalue()


def found(source: str, **options: Any) -> List[Tuple[int, str]]:
    return [(f.line, f.text()) for f in scan(textwrap.dedent(source), default_facts(), **options)]


def rewritten(source: str, **options: Any) -> str:
    text = textwrap.dedent(source)
    return apply(text, scan(text, default_facts(), **options))


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"migrated_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- the quickstart ------------------------------------------------------------------------

HAND_CLIENT = (
    "BatchServiceClient → azure.batch.BatchClient (by hand: it takes (endpoint, credential);"
    " operation groups became methods, such as client.pool.add(pool) -> client.create_pool(pool))"
)
HAND_KEY = (
    "SharedKeyCredentials → azure.core.credentials.AzureNamedKeyCredential"
    " (by hand: it takes (account_name, account_key))"
)
HAND_ERROR = (
    "BatchErrorException → azure.core.exceptions.HttpResponseError"
    " (by hand: the client raises azure-core's HttpResponseError)"
)
QUICKSTART_RENAMES = [
    (8, "azure.batch.models → batchmodels.models"),
    (9, "azure.batch.models → batchmodels.models"),
    (9, "TaskState → BatchTaskState"),
    (20, "PoolAddParameter → BatchPoolCreateOptions"),
    (23, "ImageReference → BatchVmImageReference"),
    (33, "StartTask → BatchStartTask"),
    (38, "AutoUserScope.pool → AutoUserScope.POOL"),
    (39, "ElevationLevel.admin → ElevationLevel.ADMIN"),
    (50, "JobAddParameter → BatchJobCreateOptions"),
    (52, "PoolInformation → BatchPoolInfo"),
    (
        53,
        "JobAddParameter(on_all_tasks_complete=) → BatchJobCreateOptions(all_tasks_complete_mode=)",
    ),
    (53, "OnAllTasksComplete.terminate_job → BatchAllTasksCompleteMode.TERMINATE_JOB"),
    (65, "TaskAddParameter → BatchTaskCreateOptions"),
    (69, "TaskConstraints → BatchTaskConstraints"),
    (81, "TaskState.completed → BatchTaskState.COMPLETED"),
    (144, "CloudTask → BatchTask"),
    (144, "TaskState.completed → BatchTaskState.COMPLETED"),
]
QUICKSTART_BY_HAND = [
    (111, HAND_ERROR),
    (118, HAND_CLIENT),
    (119, HAND_KEY),
    (121, HAND_KEY),
    (122, HAND_CLIENT),
]


def test_quickstart_lists_every_rename_and_what_is_left_by_hand() -> None:
    code, out, err = run(str(QUICKSTART))
    lines = out.splitlines()
    expected = sorted(QUICKSTART_RENAMES + QUICKSTART_BY_HAND, key=lambda found: found[0])
    assert lines == [f"{QUICKSTART}:{line}: {text}" for line, text in expected]
    assert code == 1
    assert err == "found 17 renames in 1 file, 5 to do by hand; read 1 file\n"


def test_quickstart_names_every_renamed_model_and_enum_it_uses() -> None:
    # independent of the scanner: every track-1 class the script names after a module
    # prefix or imports, and that has another name today, is on a line of the output
    renames = json.loads(
        (Path(batchmodels.__file__).parent / "_versions" / "renames.json").read_text("utf-8")
    )
    text = QUICKSTART.read_text("utf-8")
    used = {
        old
        for kind in ("models", "enums")
        for old, entry in renames[kind].items()
        if entry["new"] not in (None, old)
        and (f"batchmodels.{old}" in text or f"import {old}" in text)
    }
    assert used == {
        "PoolAddParameter",
        "ImageReference",
        "StartTask",
        "JobAddParameter",
        "PoolInformation",
        "OnAllTasksComplete",
        "TaskAddParameter",
        "TaskConstraints",
        "TaskState",
        "CloudTask",
    }
    lines = run(str(QUICKSTART))[1].splitlines()
    for old in used:
        new = renames["models"].get(old, renames["enums"].get(old))["new"]
        assert any(f": {old}" in line and f"→ {new}" in line for line in lines), old


def test_write_makes_the_quickstart_run_against_batchmodels(tmp_path: Path) -> None:
    script = tmp_path / "quickstart.py"
    shutil.copy(QUICKSTART, script)
    code, _, err = run("--write", str(script))
    assert code == 1  # the client and its exception are left to do by hand
    assert err == "rewrote 17 renames in 1 file, 5 to do by hand; read 1 file\n"

    module = load(script)
    client = module.FakeBatchClient()
    pool, job, tasks = module.run(client)
    assert type(pool) is models.BatchPoolCreateOptions
    assert type(job) is models.BatchJobCreateOptions
    assert [type(t) for t in tasks] == [models.BatchTaskCreateOptions] * 3
    assert client.pool.added == [pool] and client.job.added == [job]
    assert pool.as_dict() == {
        "id": "PythonQuickstartPool",
        "virtualMachineConfiguration": {
            "imageReference": {
                "publisher": "canonical",
                "offer": "0001-com-ubuntu-server-focal",
                "sku": "20_04-lts",
                "version": "latest",
            },
            "nodeAgentSKUId": "batch.node.ubuntu 20.04",
        },
        "vmSize": "STANDARD_D2S_V3",
        "targetDedicatedNodes": 2,
        "startTask": {
            "commandLine": "/bin/bash -c 'echo ready'",
            "waitForSuccess": True,
            "userIdentity": {"autoUser": {"scope": "pool", "elevationLevel": "admin"}},
        },
    }
    assert job.as_dict() == {
        "id": "PythonQuickstartJob",
        "poolInfo": {"poolId": "PythonQuickstartPool"},
        "onAllTasksComplete": "terminatejob",
    }
    assert tasks[2].as_dict() == {
        "id": "Task2",
        "commandLine": '/bin/bash -c "cat taskdata2.txt"',
        "resourceFiles": [
            {
                "httpUrl": "https://mystorage.blob.core.windows.net/input/taskdata2.txt",
                "filePath": "taskdata2.txt",
            }
        ],
        "constraints": {"maxTaskRetryCount": 1},
    }
    for body in (pool, job, *tasks):
        assert batchmodels.validate(body) == []


def test_write_is_idempotent_and_leaves_only_the_notes(tmp_path: Path) -> None:
    script = tmp_path / "quickstart.py"
    shutil.copy(QUICKSTART, script)
    run("--write", str(script))
    once = script.read_bytes()
    code, out, err = run("--write", str(script))
    assert script.read_bytes() == once
    assert out.splitlines() == [f"{script}:{line}: {text}" for line, text in QUICKSTART_BY_HAND]
    assert (code, err) == (1, "rewrote 0 renames in 0 files, 5 to do by hand; read 1 file\n")
    # only the renamed names changed: the rest of every line is as it was
    before = QUICKSTART.read_text("utf-8").splitlines()
    after = once.decode("utf-8").splitlines()
    assert len(before) == len(after)
    changed = {n for n, (a, b) in enumerate(zip(before, after), 1) if a != b}
    assert changed == {line for line, _ in QUICKSTART_RENAMES}


# -- how names are reached ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("imports", "name"),
    [
        ("import azure.batch.models as bm", "bm.PoolInformation"),
        ("from azure.batch import models", "models.PoolInformation"),
        ("from azure.batch import models as m", "m.PoolInformation"),
        ("import azure.batch as batch", "batch.models.PoolInformation"),
        ("from azure import batch", "batch.models.PoolInformation"),
        ("import azure.batch.models", "azure.batch.models.PoolInformation"),
        ("import azure.batch", "azure.batch.models.PoolInformation"),
        ("from azure.batch.models import PoolInformation", "PoolInformation"),
        ("from azure.batch.models import *", "PoolInformation"),
        ("import batchmodels", "batchmodels.PoolInformation"),  # half-migrated code
    ],
)
def test_any_import_of_the_models_is_followed(imports: str, name: str) -> None:
    source = f"{imports}\n\ninfo = {name}(pool_id='p')\n"
    assert (3, "PoolInformation → BatchPoolInfo") in found(source, to_batchmodels=False)
    new = rewritten(source, to_batchmodels=False).splitlines()[2]
    assert new == f"info = {name.replace('PoolInformation', 'BatchPoolInfo')}(pool_id='p')"


def test_an_aliased_import_is_renamed_in_the_import_only() -> None:
    source = """\
        from azure.batch.models import PoolInformation as Info, TaskState as TS
        info = Info(pool_id="p")
        done = TS.completed
        """
    assert found(source) == [
        (1, "azure.batch.models → batchmodels.models"),
        (1, "PoolInformation → BatchPoolInfo"),
        (1, "TaskState → BatchTaskState"),
        (3, "TaskState.completed → BatchTaskState.COMPLETED"),
    ]
    assert rewritten(source) == textwrap.dedent("""\
        from batchmodels.models import BatchPoolInfo as Info, BatchTaskState as TS
        info = Info(pool_id="p")
        done = TS.COMPLETED
        """)


def test_imports_move_to_batchmodels_or_stay_with_keep_imports() -> None:
    source = """\
        import azure.batch.models as batchmodels
        from azure.batch import models
        from azure.batch import models as m2, BatchServiceClient
        import azure.batch as batch
        """
    assert rewritten(source) == textwrap.dedent("""\
        import batchmodels.models as batchmodels
        from batchmodels import models
        from azure.batch import models as m2, BatchServiceClient
        import azure.batch as batch
        """)
    why = "by hand: import models on a line of its own first"
    assert (3, f"azure.batch.models → batchmodels.models ({why})") in found(source)
    assert found(source, to_batchmodels=False) == [
        (3, HAND_CLIENT),
    ]


def test_an_import_holding_a_name_batchmodels_lacks_is_not_moved() -> None:
    source = "from azure.batch.models import BatchErrorException, PoolInformation\n"
    assert found(source) == [
        (1, HAND_ERROR),
        (
            1,
            "azure.batch.models → batchmodels.models"
            " (by hand: BatchErrorException not in batchmodels)",
        ),
        (1, "PoolInformation → BatchPoolInfo"),
    ]
    new = rewritten(source)
    assert new == "from azure.batch.models import BatchErrorException, BatchPoolInfo\n"


# -- members, keywords, attributes ---------------------------------------------------------


def test_enum_members_are_renamed_with_their_class() -> None:
    source = """\
        import azure.batch.models as bm
        from azure.batch.models import ComputeNodeState
        a = bm.ComputeNodeState.start_task_failed
        b = ComputeNodeState.leaving_pool.value
        c = bm.OSType.linux
        d = bm.TaskState
        """
    assert found(source, to_batchmodels=False) == [
        (2, "ComputeNodeState → BatchNodeState"),
        (3, "ComputeNodeState.start_task_failed → BatchNodeState.START_TASK_FAILED"),
        (4, "ComputeNodeState.leaving_pool → BatchNodeState.LEAVING_POOL"),
        (5, "OSType.linux → OSType.LINUX"),
        (6, "TaskState → BatchTaskState"),
    ]
    new = rewritten(source)
    assert "a = bm.BatchNodeState.START_TASK_FAILED\n" in new
    assert "b = BatchNodeState.LEAVING_POOL.value\n" in new
    namespace: dict[str, Any] = {}
    exec(new, namespace)  # the rewritten code runs against batchmodels
    assert namespace["a"] is models.BatchNodeState.START_TASK_FAILED
    assert namespace["b"] == "leavingpool"
    assert namespace["c"] is models.OSType.LINUX
    assert namespace["d"] is models.BatchTaskState


def test_every_rename_target_exists_in_batchmodels() -> None:
    facts = default_facts()
    for old, new in facts.classes.items():
        assert isinstance(getattr(models, new), type), old
    for old_enum, members in facts.members.items():
        today = getattr(models, facts.classes[old_enum])
        assert issubclass(today, enum.Enum)
        for member in filter(None, members.values()):
            assert member in today.__members__, (old_enum, member)
    for old_model, attributes in facts.attributes.items():
        today = getattr(models, facts.classes[old_model])
        for attribute in filter(None, attributes.values()):
            assert attribute in today.__batchmodels__.by_attr, (old_model, attribute)


def test_keywords_of_a_known_model_are_renamed_or_named_as_removed() -> None:
    source = """\
        import azure.batch.models as bm
        reg = bm.ContainerRegistry(
            registry_server="r.example",
            user_name="u",  # the account
        )
        pool = bm.PoolAddParameter(id="p", cloud_service_configuration=None)
        other = dict(user_name="u")
        """
    assert found(source, to_batchmodels=False) == [
        (2, "ContainerRegistry → ContainerRegistryReference"),
        (
            4,
            "ContainerRegistry(user_name=) → ContainerRegistryReference(username=)",
        ),
        (
            6,
            "PoolAddParameter(cloud_service_configuration=) → removed (by hand: removed in"
            " 2025-06-01; Cloud Services pools were retired; use virtualMachineConfiguration)",
        ),
        (6, "PoolAddParameter → BatchPoolCreateOptions"),
    ]
    assert '    username="u",  # the account\n' in rewritten(source)
    assert 'other = dict(user_name="u")\n' in rewritten(source)


def test_attributes_of_a_variable_built_from_a_known_model_are_renamed() -> None:
    source = """\
        from azure.batch import models
        job = models.JobAddParameter(id="j")
        job.on_task_failure = models.OnTaskFailure.perform_exit_options_job_action
        print(job.on_all_tasks_complete, job.id)
        other.on_task_failure = 1
        """
    assert found(source) == [
        (1, "azure.batch → batchmodels"),
        (2, "JobAddParameter → BatchJobCreateOptions"),
        (3, "job.on_task_failure → job.task_failure_mode"),
        (
            3,
            "OnTaskFailure.perform_exit_options_job_action"
            " → BatchTaskFailureMode.PERFORM_EXIT_OPTIONS_JOB_ACTION",
        ),
        (4, "job.on_all_tasks_complete → job.all_tasks_complete_mode"),
    ]
    namespace: dict[str, Any] = {"print": lambda *a: None, "other": types.SimpleNamespace()}
    exec(rewritten(source), namespace)
    assert namespace["job"].as_dict() == {"id": "j", "onTaskFailure": "performexitoptionsjobaction"}


def test_removed_models_and_the_client_are_named_not_rewritten() -> None:
    source = """\
        import azure.batch
        import azure.batch.models as bm
        conf = bm.CloudServiceConfiguration(os_family="6")
        client = azure.batch.BatchServiceClient(creds, batch_url=url)
        try:
            pass
        except bm.BatchErrorException:
            pass
        """
    assert found(source) == [
        (2, "azure.batch.models → batchmodels.models"),
        (
            3,
            "CloudServiceConfiguration → removed (by hand: removed in 2025-06-01; Cloud Services"
            " pools were retired; use virtualMachineConfiguration)",
        ),
        (4, HAND_CLIENT),
        (7, HAND_ERROR),
    ]
    assert rewritten(source) == textwrap.dedent(source).replace(
        "import azure.batch.models", "import batchmodels.models"
    )


# -- no false positives ---------------------------------------------------------------------


def test_names_not_from_azure_batch_are_left_alone() -> None:
    source = """\
        import azure.batch.models as bm
        from mylib.models import TaskState
        class ImageReference:
            pass
        ref = ImageReference()
        state = TaskState.completed
        x = obj.PoolAddParameter(on_all_tasks_complete=1)
        text = "bm.PoolAddParameter"  # bm.PoolAddParameter in a comment
        models = object()
        y = models.PoolAddParameter
        """
    assert found(source, to_batchmodels=False) == []


def test_a_name_both_imported_and_bound_locally_is_not_touched() -> None:
    source = """\
        from azure.batch.models import ImageReference, PoolInformation
        def build(ImageReference):
            return ImageReference(publisher="x")
        info = PoolInformation(pool_id="p")
        """
    assert found(source, to_batchmodels=False) == [
        (
            1,
            "ImageReference → BatchVmImageReference"
            " (by hand: ImageReference is also bound otherwise in this file)",
        ),
        (1, "PoolInformation → BatchPoolInfo"),
        (4, "PoolInformation → BatchPoolInfo"),
    ]
    assert rewritten(source).splitlines()[:3] == [
        "from azure.batch.models import ImageReference, BatchPoolInfo",
        "def build(ImageReference):",
        '    return ImageReference(publisher="x")',
    ]


def test_star_import_does_not_claim_locally_defined_names() -> None:
    source = """\
        from azure.batch.models import *
        class ImageReference:
            pass
        a = ImageReference()
        b = PoolInformation(pool_id="p")
        """
    assert found(source, to_batchmodels=False) == [(5, "PoolInformation → BatchPoolInfo")]


# -- rewriting twice changes nothing -------------------------------------------------------

IMPORTS = [
    ("import azure.batch.models as bm", "bm."),
    ("from azure.batch import models", "models."),
    ("import azure.batch as batch", "batch.models."),
    ("import azure.batch.models", "azure.batch.models."),
    ("from azure.batch.models import *", ""),
]
STATEMENTS = [
    "a = {p}PoolInformation(pool_id='p')",
    "b = {p}TaskState.completed  # done",
    "c = {p}JobAddParameter(id='j', on_all_tasks_complete={p}OnAllTasksComplete.no_action)",
    "d = ({p}ComputeNodeState\n     .start_task_failed)",
    "e = {p}CloudServiceConfiguration",
    "f = '{p}PoolAddParameter'",
    "g = {p}ImageReference(publisher='é—ü'); g2 = {p}ImageReference",
    "h = {p}ResourceFile(http_url='u')",
    "i = {p}BatchErrorException",
    "j = {p}ContainerRegistry(user_name='u')\nj.user_name = 'v'",
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(IMPORTS),
    st.lists(st.sampled_from(STATEMENTS), min_size=1, max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_a_rewrite_is_complete_and_keeps_the_notes(
    imports: Tuple[str, str], statements: List[str], indent: bool, move: bool
) -> None:
    line, prefix = imports
    body = "\n".join(s.format(p=prefix) for s in statements)
    if indent:
        body = "if True:\n" + textwrap.indent(body, "    ")
    text = f"{line}\n{body}\n"
    once = rewritten(text, to_batchmodels=move)
    ast.parse(once)
    again = scan(once, default_facts(), to_batchmodels=move)
    assert [f.text() for f in again if f.sure] == []
    assert rewritten(once, to_batchmodels=move) == once
    notes = [(f.line, f.text()) for f in scan(text, default_facts(), to_batchmodels=move)]
    assert [(f.line, f.text()) for f in again] == [n for n in notes if "(by hand" in n[1]]


# -- layout ----------------------------------------------------------------------------------


def test_layout_comments_and_unicode_columns_are_kept() -> None:
    source = """\
        import azure.batch.models as bm  # the models
        x = "é—ü"; info = bm.PoolInformation(pool_id="p")   # après
        state = (bm
                 .TaskState  # split
                 .completed)
        """
    assert rewritten(source, to_batchmodels=False) == textwrap.dedent("""\
        import azure.batch.models as bm  # the models
        x = "é—ü"; info = bm.BatchPoolInfo(pool_id="p")   # après
        state = (bm
                 .BatchTaskState  # split
                 .COMPLETED)
        """)


def test_write_keeps_encoding_and_newlines(tmp_path: Path) -> None:
    script = tmp_path / "old.py"
    text = (
        "# -*- coding: latin-1 -*-\r\n"
        "import azure.batch.models as bm\r\n"
        "p = bm.PoolInformation()  # é\r\n"
    )
    script.write_bytes(text.encode("latin-1"))
    assert run("--write", "-q", str(script))[0] == 0
    assert script.read_bytes() == text.replace("azure.batch.models", "batchmodels.models").replace(
        "PoolInformation", "BatchPoolInfo"
    ).encode("latin-1")
    assert read_source(script.read_bytes()).encoding == "iso-8859-1"


# -- the command -----------------------------------------------------------------------------


def test_exit_status_and_directories(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "clean.py").write_text("import os\n")
    (tmp_path / "pkg" / "notes.txt").write_text("import azure.batch.models as bm\n")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "old.py").write_text("from azure.batch.models import TaskState\n")
    summary = "found 0 renames in 0 files, 0 to do by hand; read 1 file\n"
    assert run(str(tmp_path)) == (0, "", summary)

    (tmp_path / "pkg" / "old.py").write_text("from azure.batch.models import TaskState\n")
    code, out, _ = run("--keep-imports", str(tmp_path))
    assert (code, out) == (1, f"{tmp_path / 'pkg' / 'old.py'}:1: TaskState → BatchTaskState\n")

    (tmp_path / "pkg" / "broken.py").write_text("def (:\n")
    code, out, err = run(str(tmp_path), str(tmp_path / "missing.py"))
    assert code == 2
    assert out.count("\n") == 2  # old.py is still reported
    broken = tmp_path / "pkg" / "broken.py"
    assert f"batchmodels: {broken}: not Python: line 1: invalid syntax" in err
    assert f"batchmodels: {tmp_path / 'missing.py'}: No such file or directory" in err
    assert err.endswith("read 4 files, 2 unusable\n")


def test_control_characters_in_file_names_are_escaped(tmp_path: Path) -> None:
    script = tmp_path / "evil\x1b[2J\nname.py"
    script.write_text("from azure.batch.models import TaskState\n")
    code, out, _ = run("--keep-imports", str(script))
    assert code == 1
    assert out == f"{tmp_path}/evil\\x1b[2J\\x0aname.py:1: TaskState → BatchTaskState\n"


def test_the_sure_findings_are_the_ones_with_edits() -> None:
    source = "import azure.batch.models as bm\nbm.CloudServiceConfiguration\n"
    findings = scan(source, default_facts())
    assert [(f.sure, f.old) for f in findings] == [
        (True, "azure.batch.models"),
        (False, "CloudServiceConfiguration"),
    ]
    assert isinstance(findings[0], Finding)


def test_migrate_is_in_the_help() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["--help"])
    assert "migrate" in out.getvalue()
    assert sys.modules["batchmodels._migrate"] is not None
