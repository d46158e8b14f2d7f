"""The exceptions tts-sdk raises. :class:`TTSError` is the root of all of them."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from tts_sdk._validation._problems import Problem


class TTSError(Exception):
    """Root of every error tts-sdk raises."""


class PayloadValidationError(TTSError, ValueError):
    """A request payload breaks its schema; ``problems`` lists every error with its JSON path."""

    def __init__(self, problems: Sequence[Problem], model: str | None = None) -> None:
        self.problems = tuple(problems)
        self.model = model
        errors = [problem for problem in self.problems if problem.severity == "error"]
        lines = "\n".join(f"  {problem.path}: {problem.message}" for problem in errors)
        subject = f"payload for {model!r}" if model else "payload"
        super().__init__(f"invalid {subject} ({len(errors)} problem{'s' * (len(errors) != 1)}):\n{lines}")
