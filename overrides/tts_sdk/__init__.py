"""tts-sdk: typed text-to-speech clients generated from the providers' OpenAPI specs, behind one facade.

Public API:

- :class:`TTS`, :class:`AsyncTTS`: ``client.speech.create(model=..., text=..., voice=..., format=...)``
  returning :class:`Audio` (with :class:`Usage`); :class:`Provider` for OpenAI-compatible routers;
- :func:`validate`, :func:`is_valid`, :func:`require_valid`, :class:`Problem`: check a request payload
  against its model's schema (every problem, with its JSON path);
- :func:`available_models`, :class:`ModelInfo`: the models the generated clients serve;
- ``tts_sdk.models``: every generated request model and enum; ``tts_sdk.testing``: pytest helpers;
- errors: :class:`TTSError` at the root; :class:`APIStatusError` and its per-status subclasses,
  :class:`APIConnectionError`, :class:`APITimeoutError`, :class:`PayloadValidationError` and the rest below.

``TTS`` and ``AsyncTTS`` are imported on first use, so ``import tts_sdk`` (and validation) stays fast.
"""

from tts_sdk._audio import Audio, Usage
from tts_sdk._catalog import ModelInfo, available_models
from tts_sdk._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AudioDownloadError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PayloadValidationError,
    PermissionDeniedError,
    RateLimitError,
    TTSError,
    UnknownModelError,
    UnprocessableEntityError,
    UnsupportedParameterError,
)
from tts_sdk._providers import Provider
from tts_sdk._validate import is_valid, require_valid, validate
from tts_sdk._validation._problems import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tts_sdk._async import AsyncTTS as AsyncTTS
    from tts_sdk._sync import TTS as TTS

__version__ = "0.1.0"

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncTTS",
    "Audio",
    "AudioDownloadError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "ModelInfo",
    "NotFoundError",
    "PayloadValidationError",
    "PermissionDeniedError",
    "Problem",
    "Provider",
    "RateLimitError",
    "TTSError",
    "UnknownModelError",
    "UnprocessableEntityError",
    "UnsupportedParameterError",
    "Usage",
    "__version__",
    "available_models",
    "is_valid",
    "require_valid",
    "validate",
]


def __getattr__(name: str) -> object:
    """Import the HTTP clients (and httpx) only when first used."""
    if name == "TTS":
        from tts_sdk._sync import TTS  # noqa: PLC0415

        return TTS
    if name == "AsyncTTS":
        from tts_sdk._async import AsyncTTS  # noqa: PLC0415

        return AsyncTTS
    raise AttributeError(f"module 'tts_sdk' has no attribute {name!r}")
