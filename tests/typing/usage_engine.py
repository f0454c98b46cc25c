"""The engine API as a user would write it; type-checked by mypy --strict and pyright.

It also runs (``tests/test_public_api.py`` calls ``main``), so every line is real usage.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union, overload

from batchmodels import (
    NULL,
    BatchModelError,
    Field,
    InvalidValueError,
    JSONEncoder,
    Model,
    StrEnum,
    dumps,
    fields,
    loads,
    loads_list,
    rest_discriminator,
    rest_field,
    to_camel,
)


class Speed(StrEnum):
    """How fast a robot moves."""

    SLOW = "slow"
    FAST = "fast"


class Part(Model):
    """A part of a robot."""

    name: Optional[str] = rest_field()
    weight: Optional[float] = rest_field()
    serial: Optional[str] = rest_field(visibility=["read"])

    @overload
    def __init__(self, *, name: Optional[str] = None, weight: Optional[float] = None) -> None: ...
    @overload
    def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class Robot(Model):
    """A robot with fields of several formats."""

    robot_id: str = rest_field(name="id")
    built: Optional[dt.datetime] = rest_field(format="rfc3339")
    checked: Optional[dt.datetime] = rest_field(format="rfc7231")
    uptime: Optional[dt.timedelta] = rest_field()
    firmware: Optional[bytes] = rest_field(format="base64url")
    serial_number: Optional[int] = rest_field(format="str")
    aliases: Optional[List[str]] = rest_field(format="csv")
    speed: Optional[Union[str, Speed]] = rest_field()
    parts: Optional[List[Part]] = rest_field()
    labels: Optional[Dict[str, str]] = rest_field()
    api_key: Optional[str] = rest_field(secret=True)

    @overload
    def __init__(
        self,
        *,
        robot_id: str,
        built: Optional[dt.datetime] = None,
        checked: Optional[dt.datetime] = None,
        uptime: Optional[dt.timedelta] = None,
        firmware: Optional[bytes] = None,
        serial_number: Optional[int] = None,
        aliases: Optional[List[str]] = None,
        speed: Optional[Union[str, Speed]] = None,
        parts: Optional[List[Part]] = None,
        labels: Optional[Dict[str, str]] = None,
        api_key: Optional[str] = None,
    ) -> None: ...
    @overload
    def __init__(self, mapping: Mapping[str, Any], /) -> None: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)


class Tool(Model):
    """Polymorphic: ``kind`` picks the subclass."""

    kind: str = rest_discriminator()
    label: Optional[str] = rest_field()


class Gripper(Tool, discriminator="gripper"):
    """A tool that grips."""

    force: Optional[float] = rest_field()


class Verbatim(Model, naming="verbatim"):
    """Wire names are the attribute names."""

    snake_case_name: Optional[str] = rest_field()


def build() -> Robot:
    robot = Robot(
        robot_id="r2",
        built=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc),
        uptime=dt.timedelta(hours=5),
        firmware=b"\x00\x01",
        serial_number=2**70,
        aliases=["a", "b"],
        speed=Speed.FAST,
        parts=[Part(name="arm", weight=1.5)],
        labels={"site": "lab"},
        api_key="secret",
    )
    return robot


def read(robot: Robot) -> Tuple[str, Optional[dt.datetime], float]:
    robot_id: str = robot.robot_id
    built: Optional[dt.datetime] = robot.built
    total = 0.0
    for part in robot.parts or []:
        weight: Optional[float] = part.weight
        total += weight or 0.0
    return robot_id, built, total


def modify(robot: Robot) -> None:
    robot.uptime = dt.timedelta(days=1)
    robot.speed = "turbo"  # an enum value this version does not know is a plain str
    robot.labels = None  # removes the key
    robot.checked = NULL  # writes JSON null
    if robot.parts is not None:
        robot.parts.append(Part({"name": "leg"}))
    robot["extra"] = {"unknown": True}


def export(robot: Robot) -> str:
    body: Dict[str, Any] = robot.as_dict(exclude_readonly=True)
    by_attr: Dict[str, Any] = robot.as_attribute_dict()
    assert "robot_id" in by_attr
    text: str = dumps(robot, exclude_readonly=True)
    same: str = json.dumps(robot, cls=JSONEncoder)
    assert json.loads(same)["id"] == body["id"]
    return text


def parse(text: str) -> List[Robot]:
    robot: Robot = loads(text, Robot)
    robots: List[Robot] = loads_list(json.dumps({"value": [robot.as_dict()]}), Robot)
    copied: Robot = robot.copy()
    assert copied == robot
    return robots


def inspect_fields() -> List[str]:
    records: Tuple[Field, ...] = fields(Robot)
    wires: List[str] = [f.wire for f in records if not f.readonly]
    assert to_camel("serial_number") == "serialNumber"
    return wires


def polymorphic() -> Optional[float]:
    tool = loads('{"kind": "gripper", "force": 2.5}', Tool)
    if isinstance(tool, Gripper):
        return tool.force
    return None


def errors() -> str:
    robot = Robot({"id": "x", "uptime": "not a duration"})
    try:
        robot.uptime  # noqa: B018
    except InvalidValueError as exc:
        path: str = exc.path
        return path
    except BatchModelError:
        raise
    return ""


def main() -> None:
    robot = build()
    robot_id, built, total = read(robot)
    assert (robot_id, built is not None, total) == ("r2", True, 1.5)
    modify(robot)
    text = export(robot)
    assert parse(text)[0]["checked"] is None
    assert "apiKey" in inspect_fields()
    assert polymorphic() == 2.5
    assert errors() == "$.uptime"
    assert Verbatim(snake_case_name="x").as_dict() == {"snake_case_name": "x"}
    assert "secret" not in repr(robot)


if __name__ == "__main__":
    main()
