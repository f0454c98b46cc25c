"""Secrets: masked in ``repr``/``str``/logs and error messages, kept in ``as_dict`` and JSON."""

from __future__ import annotations

import copy
import json
import logging
import pickle
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

import pytest

import batchmodels
import batchmodels.models
from batchmodels import (
    BatchJob,
    BatchModelError,
    BatchNodeUserCreateOptions,
    BatchNodeUserReplaceOptions,
    ContainerRegistryReference,
    LinuxUserConfiguration,
    Model,
    UserAccount,
    ValidationError,
    VMExtension,
    dumps,
    fields,
    loads,
    rest_field,
    validate,
)
from helpers.fixtures import full_job, spec_tree

EXPECTED_SECRETS = {
    ("ContainerRegistryReference", "password"),
    ("UserAccount", "password"),
    ("CifsMountConfiguration", "password"),
    ("AzureBlobFileSystemConfiguration", "account_key"),
    ("AzureBlobFileSystemConfiguration", "sas_key"),
    ("AzureFileShareConfiguration", "account_key"),
    ("LinuxUserConfiguration", "ssh_private_key"),
    ("VMExtension", "protected_settings"),
    ("BatchNodeUserCreateOptions", "password"),
    ("BatchNodeUserReplaceOptions", "password"),
}

POOL = ("poolInfo", "autoPoolSpecification", "pool")


def model_classes() -> List[type]:
    out = []
    for name in batchmodels.models.__all__:
        obj = getattr(batchmodels.models, name)
        if isinstance(obj, type) and issubclass(obj, Model):
            out.append(obj)
    return out


def test_the_secret_fields_are_exactly_the_ones_batch_treats_as_secret() -> None:
    declared = {(cls.__name__, f.attr) for cls in model_classes() for f in fields(cls) if f.secret}
    assert declared == EXPECTED_SECRETS


def _models_in(value: Any) -> List[Model]:
    if isinstance(value, Model):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, Model)]
    return []


def walk_models(model: Model) -> Iterator[Model]:
    """``model`` and every model inside it, read through attributes."""
    stack = [model]
    while stack:
        current = stack.pop()
        yield current
        for field in fields(current):
            stack.extend(_models_in(getattr(current, field.attr)))


def plant_secrets(job: Dict[str, Any]) -> Tuple[Dict[str, Any], Set[str], Set[Tuple[str, str]]]:
    """Replace every secret value in the wire data of a job by a unique marker."""
    markers: Set[str] = set()
    covered: Set[Tuple[str, str]] = set()
    model = BatchJob(copy.deepcopy(job))
    for current in list(walk_models(model)):
        for field in fields(current):
            if not field.secret or current._data.get(field.wire) is None:
                continue
            marker = f"SeCrEt-{len(markers)}-{field.attr}"
            markers.add(marker)
            covered.add((type(current).__name__, field.attr))
            if field.attr == "protected_settings":
                current[field.wire] = {"commandToExecute": marker}
            else:
                current[field.wire] = marker
    return model.as_dict(), markers, covered


@pytest.fixture(scope="module")
def planted() -> Tuple[Dict[str, Any], Set[str]]:
    wire, markers, covered = plant_secrets(full_job())
    in_job_tree = {s for s in EXPECTED_SECRETS if s[0] in spec_tree("BatchJob")[0]}
    assert covered == in_job_tree, "full_job.json must set every secret field of the job tree"
    return wire, markers


def assert_hidden(text: str, markers: Set[str]) -> None:
    leaked = [m for m in markers if m in text]
    assert not leaked, f"secret(s) shown: {leaked}"


# --- repr, str and logs ----------------------------------------------------------------------


def test_repr_and_str_mask_every_secret_at_any_depth(planted: Any) -> None:
    wire, markers = planted
    job = BatchJob(wire)
    assert_hidden(repr(job), markers)
    assert_hidden(str(job), markers)
    assert repr(job).count("'***'") == len(markers)
    for model in walk_models(job):
        assert_hidden(repr(model), markers)
    assert_hidden(repr([job]), markers)
    assert_hidden(f"{job}", markers)


def test_exports_carry_the_secrets(planted: Any) -> None:
    wire, markers = planted
    job = BatchJob(wire)
    text = dumps(job)
    for marker in markers:
        assert marker in text
    assert job.as_dict() == wire
    assert json.loads(json.dumps(job.as_attribute_dict())) and all(
        m in json.dumps(job.as_attribute_dict()) for m in markers
    )
    body = json.dumps(job.as_dict(exclude_readonly=True))  # secrets themselves are writable
    assert [m for m in markers if "password" in m and m in body]
    assert loads(text, BatchJob) == job
    assert pickle.loads(pickle.dumps(job)) == job
    assert copy.deepcopy(job) == job


def test_logging_a_job_shows_no_secret(planted: Any, caplog: pytest.LogCaptureFixture) -> None:
    wire, markers = planted
    job = BatchJob(wire)
    log = logging.getLogger("batchmodels.test")
    with caplog.at_level(logging.INFO, logger="batchmodels.test"):
        log.info("job %s", job)
        log.info("job %r", job)
        log.info("pool %s", job.pool_info)
    assert caplog.text.count("***") >= 3 * len(markers) - len(markers)
    assert_hidden(caplog.text, markers)


def test_secrets_set_through_attributes_and_keywords_are_masked() -> None:
    registry = ContainerRegistryReference(username="me", password="hunter2")
    assert repr(registry) == "ContainerRegistryReference({'username': 'me', 'password': '***'})"
    registry.password = "swordfish"
    assert "swordfish" not in repr(registry)
    assert registry.password == "swordfish"
    assert registry["password"] == "swordfish"
    user = UserAccount(
        name="u",
        password="pw-1",
        linux_user_configuration=LinuxUserConfiguration(ssh_private_key="k-1"),
    )
    assert "pw-1" not in repr(user) and "k-1" not in repr(user)
    assert user.as_dict()["linuxUserConfiguration"]["sshPrivateKey"] == "k-1"
    ext = VMExtension(name="e", publisher="p", type="t", protected_settings={"token": "t-1"})
    assert "t-1" not in repr(ext) and "token" not in repr(ext)


def test_a_secret_that_is_null_or_absent_shows_as_such() -> None:
    assert repr(ContainerRegistryReference({"password": None})) == (
        "ContainerRegistryReference({'password': None})"
    )
    assert repr(ContainerRegistryReference({})) == "ContainerRegistryReference({})"


@pytest.mark.parametrize(
    "wrong",
    [
        {"name": "u", "password": "SeCrEt-x"},  # an object where an array belongs
        [[{"name": "u", "password": "SeCrEt-x"}]],  # arrays nested one level too deep
        [{"name": "u", "password": "SeCrEt-x"}, "junk", 5],
    ],
)
def test_secrets_in_values_of_the_wrong_shape_are_masked_too(wrong: Any) -> None:
    job = BatchJob(
        {"poolInfo": {"autoPoolSpecification": {"pool": {"vmSize": "v", "userAccounts": wrong}}}}
    )
    assert "SeCrEt-x" not in repr(job)
    assert "SeCrEt-x" in dumps(job)


class Vault(Model):
    """Models inside containers of containers."""

    groups: Optional[Dict[str, List[UserAccount]]] = rest_field()
    rows: Optional[List[List[UserAccount]]] = rest_field()
    nested: Optional[Dict[str, Dict[str, UserAccount]]] = rest_field()


@pytest.mark.parametrize(
    "wire",
    [
        {"groups": {"admins": [{"name": "a", "password": "SeCrEt-x"}]}},
        {"rows": [[{"name": "a", "password": "SeCrEt-x"}], []]},
        {"nested": {"eu": {"a": {"name": "a", "password": "SeCrEt-x"}}}},
        # and the wrong shapes of each
        {"groups": [{"name": "a", "password": "SeCrEt-x"}]},
        {"groups": {"admins": {"x": {"password": "SeCrEt-x"}}}},
        {"rows": [{"name": "a", "password": "SeCrEt-x"}]},
        {"rows": {"r": [{"password": "SeCrEt-x"}]}},
        {"nested": {"eu": [{"password": "SeCrEt-x"}]}},
        {"nested": [{"a": {"password": "SeCrEt-x"}}]},
    ],
)
def test_secrets_in_containers_of_containers_are_masked(wire: Dict[str, Any]) -> None:
    vault = Vault(wire)
    assert "SeCrEt-x" not in repr(vault)
    assert "'***'" in repr(vault)
    assert "SeCrEt-x" in dumps(vault)


def test_a_secret_field_holding_the_wrong_type_is_masked_whole() -> None:
    registry = ContainerRegistryReference({"password": {"nested": "SeCrEt-x"}})
    assert "SeCrEt-x" not in repr(registry)


# --- errors ----------------------------------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: Set[int] = set()
    current: Any = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def assert_error_hides(exc: BaseException, secret: str, *, in_value: bool = True) -> None:
    """No message in the chain shows ``secret``; nor the ``.value`` of any link when the
    error is about the secret field itself (``in_value``)."""
    for link in _chain(exc):
        assert secret not in str(link)
        assert secret not in repr(link)
        assert secret not in repr(link.args)
        if in_value:
            assert secret not in repr(getattr(link, "value", None))


@pytest.mark.parametrize(
    ("cls", "wire", "attr", "path"),
    [
        (UserAccount, {"password": ["SeCrEt-x"]}, "password", "$.password"),
        (UserAccount, {"password": {"v": "SeCrEt-x"}}, "password", "$.password"),
        (ContainerRegistryReference, {"password": 12345}, "password", "$.password"),
        (
            batchmodels.AzureBlobFileSystemConfiguration,
            {"sasKey": ["SeCrEt-x"]},
            "sas_key",
            "$.sasKey",
        ),
        (
            VMExtension,
            {"protectedSettings": "SeCrEt-x"},
            "protected_settings",
            "$.protectedSettings",
        ),
        (
            VMExtension,
            {"protectedSettings": {"key": ["SeCrEt-x"]}},
            "protected_settings",
            "$.protectedSettings.key",
        ),
        (
            VMExtension,
            {"protectedSettings": {"key": {"deeper": "SeCrEt-x"}}},
            "protected_settings",
            "$.protectedSettings.key",
        ),
    ],
)
def test_reading_a_bad_secret_raises_a_located_error_without_the_value(
    cls: Any, wire: Dict[str, Any], attr: str, path: str
) -> None:
    model = cls(wire)
    with pytest.raises(BatchModelError) as info:
        getattr(model, attr)
    assert info.value.path == path
    assert info.value.value == "***"
    assert str(info.value).endswith(": ***")
    assert_error_hides(info.value, "SeCrEt-x")


def test_writing_a_bad_secret_raises_without_the_value() -> None:
    user = UserAccount(name="u", password="ok")
    with pytest.raises(BatchModelError) as info:
        user.password = ["SeCrEt-x"]  # type: ignore[assignment]
    assert info.value.path == "$.password"
    assert_error_hides(info.value, "SeCrEt-x")
    with pytest.raises(BatchModelError) as info:
        VMExtension(name="e", publisher="p", type="t", protected_settings={"k": ["SeCrEt-x"]})  # type: ignore[dict-item]
    assert info.value.path == "$.protectedSettings.k"
    assert_error_hides(info.value, "SeCrEt-x")


def test_errors_about_values_around_secrets_do_not_echo_them() -> None:
    job = BatchJob(
        {
            "poolInfo": {
                "autoPoolSpecification": {
                    "pool": {"userAccounts": {"name": "u", "password": "SeCrEt-x"}}
                }
            }
        }
    )
    pool = job.pool_info.auto_pool_specification.pool  # type: ignore[union-attr]
    with pytest.raises(BatchModelError) as info:
        _ = pool.user_accounts  # type: ignore[union-attr]
    assert info.value.path == "$.poolInfo.autoPoolSpecification.pool.userAccounts"
    # A value where an object or an array belongs may be JSON text holding secrets: masked.
    assert str(info.value).endswith("expected an array, got object: ***")
    assert_error_hides(info.value, "SeCrEt-x", in_value=False)
    with pytest.raises(BatchModelError) as top:
        loads('[{"name": "u", "password": "SeCrEt-x"}]', UserAccount)
    assert_error_hides(top.value, "SeCrEt-x", in_value=False)
    with pytest.raises(BatchModelError) as top:
        UserAccount([("password", "SeCrEt-x")])  # type: ignore[call-overload]
    assert_error_hides(top.value, "SeCrEt-x", in_value=False)


def test_validation_problems_never_show_a_secret() -> None:
    job = BatchJob(
        {
            "poolInfo": {
                "autoPoolSpecification": {
                    "pool": {
                        "userAccounts": [
                            {"name": "a", "password": ["SeCrEt-x"]},
                            {"name": "b", "password": 7},
                            {"name": "c", "password": "SeCrEt-ok"},
                            {"name": "d", "password": {"p": "SeCrEt-x"}},
                        ],
                        "virtualMachineConfiguration": {
                            "extensions": [
                                {"protectedSettings": {"a": "SeCrEt-ok", "b": ["SeCrEt-x"]}},
                                {"protectedSettings": ["SeCrEt-x"]},
                            ]
                        },
                        "mountConfiguration": [
                            {"azureFileShareConfiguration": {"accountKey": ["SeCrEt-x"]}}
                        ],
                    }
                }
            }
        }
    )
    problems = validate(job)
    secret_paths = [
        p
        for p in problems
        if p.path.rsplit(".", 1)[-1].split("[")[0]
        in ("password", "protectedSettings", "accountKey", "b")
        and "required" not in p.message
    ]
    assert len(secret_paths) == 6, problems
    assert all(p.message.endswith(": ***") for p in secret_paths)
    text = "\n".join(str(p) for p in problems)
    assert "SeCrEt" not in text
    with pytest.raises(ValidationError) as info:
        BatchJob.from_json(dumps(job), strict=True)
    assert_error_hides(info.value, "SeCrEt")
    assert "SeCrEt" not in repr(info.value.problems)


@pytest.mark.parametrize("cls", [BatchNodeUserCreateOptions, BatchNodeUserReplaceOptions])
def test_node_user_passwords_are_masked(cls: Any) -> None:
    user = cls({"name": "ops", "password": "SeCrEt-node-user", "isAdmin": False})
    assert "SeCrEt-node-user" not in repr(user) and "SeCrEt-node-user" not in str(user)
    assert "'***'" in repr(user)
    assert user.as_dict()["password"] == "SeCrEt-node-user"
    for problem in batchmodels.validate(cls({"password": 12345})):
        assert "12345" not in str(problem)


def test_a_secret_under_an_unknown_key_of_a_model_is_masked() -> None:
    """Issue 12, item 5: the wrapper was masked inside a list but not at a model position."""
    settings = {
        "imageName": "img",
        "registry": {"value": {"registryServer": "r", "password": "SeCrEt-wrapped"}},
    }
    task = batchmodels.BatchJobManagerTask(
        {"id": "m", "commandLine": "c", "containerSettings": settings}
    )
    assert "SeCrEt-wrapped" not in repr(task)
    assert "SeCrEt-wrapped" not in repr(task.container_settings)
    assert task.as_dict()["containerSettings"] == settings  # the data itself is kept


SAS = "https://acct.blob.core.windows.net/c?sv=2024-01-01&sp=r&sig=SeCrEtSiGnAtUrE%3D&se=x"


def test_sas_signatures_in_url_fields_are_masked_where_shown_but_kept_on_the_wire() -> None:
    """Issue 12, item 16: a SAS token's signature never shows in repr, errors or problems."""
    bodies = [
        (batchmodels.ResourceFile, {"httpUrl": SAS, "filePath": "f"}),
        (batchmodels.ResourceFile, {"storageContainerUrl": SAS}),
        (batchmodels.OutputFileBlobContainerDestination, {"containerUrl": SAS}),
        (batchmodels.UploadBatchServiceLogsOptions, {"containerUrl": SAS, "startTime": "x"}),
    ]
    for cls, body in bodies:
        model = cls(body)
        assert "SeCrEtSiGnAtUrE" not in repr(model)
        assert "sig=***" in repr(model)
        assert "SeCrEtSiGnAtUrE" in batchmodels.dumps(model)  # the request keeps it whole
        for problem in batchmodels.validate(model):
            assert "SeCrEtSiGnAtUrE" not in str(problem)
    job = batchmodels.BatchJobManagerTask(
        {"id": "m", "commandLine": "c", "resourceFiles": [{"httpUrl": SAS}]}
    )
    assert "SeCrEtSiGnAtUrE" not in repr(job)
    with pytest.raises(batchmodels.BatchModelError) as info:
        batchmodels.BatchJob({"priority": SAS}).priority  # noqa: B018
    assert "SeCrEtSiGnAtUrE" not in str(info.value) and "sig=***" in str(info.value)
