"""tts-sdk: typed text-to-speech clients generated from the providers' OpenAPI specs, behind one facade.

Public API:

- :class:`TTS`, :class:`AsyncTTS`: ``client.speech.create(model=..., text=..., voice=..., format=...)``
  returning :class:`Audio` (with :class:`Usage`); :class:`Provider` for OpenAI-compatible routers;
- :func:`validate`, :func:`is_valid`, :func:`require_valid`, :class:`Problem`: check a request payload
  against its model's schema (every problem, with its JSON path);
- :func:`available_models`, :class:`ModelInfo`: the models the generated clients serve; :func:`voices`: a
  model's voices;
- ``tts_sdk.models``: every generated request model and enum; ``tts_sdk.testing``: pytest helpers;
- streaming: :class:`SpeechStream`, :class:`AsyncSpeechStream` (``client.speech.stream``) and the typed SSE
  events :class:`SpeechAudioDelta`, :class:`SpeechAudioDone` (``client.speech.events``);
- errors: :class:`TTSError` at the root; :class:`APIStatusError` and its per-status subclasses,
  :class:`APIConnectionError`, :class:`APITimeoutError`, :class:`PayloadValidationError` and the rest below.

``TTS`` and ``AsyncTTS`` are imported on first use, so ``import tts_sdk`` (and validation) stays fast.
"""

from tts_sdk._core._catalog import ModelInfo, available_models, voices
from tts_sdk._core._events import SpeechAudioDelta, SpeechAudioDone, SpeechUsage
from tts_sdk._core._providers import Provider
from tts_sdk._core._validate import is_valid, require_valid, validate
from tts_sdk._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AudioDownloadError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    FormatMismatchError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PayloadValidationError,
    PermissionDeniedError,
    RateLimitError,
    StreamConsumedError,
    StreamEventError,
    TTSError,
    UnknownModelError,
    UnprocessableEntityError,
    UnsupportedParameterError,
)
from tts_sdk._media._audio import Audio, Usage
from tts_sdk._validation._problems import Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from tts_sdk._clients._async._client import AsyncSpeechStream as AsyncSpeechStream
    from tts_sdk._clients._async._client import AsyncTTS as AsyncOpenAI
    from tts_sdk._clients._async._client import AsyncTTS as AsyncTTS
    from tts_sdk._clients._sync._client import TTS as OpenAI  # noqa: N811
    from tts_sdk._clients._sync._client import TTS as TTS
    from tts_sdk._clients._sync._client import SpeechStream as SpeechStream

__version__ = "0.1.0"

__all__ = [
    "TTS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOpenAI",
    "AsyncSpeechStream",
    "AsyncTTS",
    "Audio",
    "AudioDownloadError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "FormatMismatchError",
    "InternalServerError",
    "MissingAPIKeyError",
    "ModelInfo",
    "NotFoundError",
    "OpenAI",
    "PayloadValidationError",
    "PermissionDeniedError",
    "Problem",
    "Provider",
    "RateLimitError",
    "SpeechAudioDelta",
    "SpeechAudioDone",
    "SpeechStream",
    "SpeechUsage",
    "StreamConsumedError",
    "StreamEventError",
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
    "voices",
]


_LAZY = {
    "TTS": "_clients._sync._client",
    "SpeechStream": "_clients._sync._client",
    "AsyncTTS": "_clients._async._client",
    "AsyncSpeechStream": "_clients._async._client",
}
#: openai-python's class names, for moving code over by changing its import line: the same clients.
_ALIASES = {"OpenAI": "TTS", "AsyncOpenAI": "AsyncTTS"}


def __getattr__(name: str) -> object:
    """Import the HTTP clients (and httpx) only when first used."""
    name = _ALIASES.get(name, name)
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        return getattr(importlib.import_module(f"tts_sdk.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'tts_sdk' has no attribute {name!r}")
