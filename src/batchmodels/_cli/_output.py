"""What every command shares on the way out: exit codes, the unusable-input error, JSON and
text written safely to a terminal, progress lines."""

from __future__ import annotations

import json
import re
from typing import IO, Any, Dict

from .._errors import json_type_name

__all__ = [
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_UNUSABLE",
    "Counter",
    "Progress",
    "Unusable",
    "json_kind",
    "plural",
    "visible",
    "write_json",
]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2


class Unusable(Exception):
    """An input the command cannot use at all (unreadable, not JSON, no body in it)."""

    def __init__(self, label: str, message: str) -> None:
        super().__init__(f"{label}: {message}")
        self.label = label
        self.message = message


# C0 and C1 controls, DEL, and the Unicode line/paragraph separators and bidi controls that
# can move the cursor, end a line or reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character (NUL, ESC, newline, tab...) shown as an escape,
    so that a value cannot clear a terminal, move its cursor or start a forged line."""
    return _UNSAFE.sub(_escape, text)


# what ``json.dumps`` leaves raw in strings of the above (it escapes C0 controls itself)
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def write_json(out: IO[str], value: Any, compact: bool) -> None:
    """Write ``value`` as JSON text, as-is where the stream can encode it, else escaped.

    Control characters are always escaped (``json`` leaves DEL, C1 controls and the Unicode
    separators raw): the same JSON value, but safe to print on a terminal."""
    layout: Dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 2}
    text = json.dumps(value, ensure_ascii=False, **layout)
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(value, ensure_ascii=True, **layout)
    # outside strings JSON text is ASCII: these characters can only be inside a string
    out.write(_UNSAFE_IN_JSON.sub(_json_escape, text) + "\n")


def json_kind(value: Any) -> str:
    """``an object``, ``a string``, ``null``...: the JSON type with its article."""
    name = json_type_name(value)
    if name == "null":
        return name
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Progress:
    """Progress lines on stderr (rewritten in place on a terminal)."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream = stream
        self.enabled = enabled
        self.tty = _isatty(stream)

    def line(self, text: str, last: bool = False) -> None:
        if not self.enabled:
            return
        if self.tty:
            self.stream.write(f"\r{text}" + ("\n" if last else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


class Counter(Progress):
    """``checked 1200/5000 jobs``: shown every ``step`` items and at the last one."""

    def __init__(self, stream: IO[str], verb: str, noun: str, total: int, enabled: bool) -> None:
        super().__init__(stream, enabled and total > 0)
        self.verb = verb
        self.noun = noun
        self.total = total
        self.step = max(1, total // 20) if noun == "files" else 100 * max(1, -(-total // 2000))

    def update(self, done: int) -> None:
        if done % self.step == 0 or done == self.total:
            self.line(f"{self.verb} {done}/{self.total} {self.noun}", last=done == self.total)
