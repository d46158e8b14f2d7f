"""tts-sdk: typed text-to-speech clients generated from the providers' OpenAPI specs, behind one facade.

Public API:

- :func:`validate`, :func:`is_valid`, :func:`require_valid`, :class:`Problem`: check a request payload
  against its model's schema (every problem, with its JSON path);
- :func:`models`, :class:`ModelInfo`: the models the generated clients serve (learnt from the generated
  packages, so a new spec needs no facade code);
- :class:`TTSError` (the root of every error), :class:`PayloadValidationError`.
"""

from tts_sdk._catalog import ModelInfo, models
from tts_sdk._errors import PayloadValidationError, TTSError
from tts_sdk._validate import is_valid, require_valid, validate
from tts_sdk._validation._problems import Problem

__version__ = "0.1.0"

__all__ = [
    "ModelInfo",
    "PayloadValidationError",
    "Problem",
    "TTSError",
    "__version__",
    "is_valid",
    "models",
    "require_valid",
    "validate",
]
