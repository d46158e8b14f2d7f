"""What :class:`TTS` and :class:`AsyncTTS` share: their options, resolved once at construction."""

from __future__ import annotations

from typing import Generic, TypeVar

from tts_sdk._core._call import DEFAULT_MAX_AUDIO_BYTES, DEFAULT_TIMEOUT, ClientOptions
from tts_sdk._core._providers import builtin_providers
from tts_sdk._core._retries import DEFAULT_MAX_RETRIES
from tts_sdk._errors import ConfigurationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Unpack

    from tts_sdk_generated._speech_types import ProviderOptions

    from tts_sdk._core._call import TimeoutTypes
    from tts_sdk._core._providers import Provider

HttpClient = TypeVar("HttpClient")


class ClientBase(Generic[HttpClient]):
    """The construction both clients share; ``HttpClient`` is ``httpx.Client`` or ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        provider: str | None = None,
        providers: Iterable[Provider] = (),
        api_keys: Mapping[str, str] | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: HttpClient | None = None,
        validate: bool = True,
        allow_download_hosts: Iterable[str] = (),
        http_backend: str = "httpx",
        **provider_options: Unpack[ProviderOptions],
    ) -> None:
        """Keys and base URLs per provider come from ``<provider>_api_key=`` and ``<provider>_base_url=``
        (``aiml_api_key``, ``openai_api_key``, ``elevenlabs_api_key``, ``deepgram_base_url``...: one pair for every
        provider the catalog knows), else the environment (``AIMLAPI_API_KEY``, ``OPENAI_API_KEY``,
        ``ELEVENLABS_API_KEY``... and the matching ``*_BASE_URL``), else the provider's defaults.

        ``base_url`` points every provider at one server (``tts-sdk serve``). ``provider`` picks where models go
        by default (``"onerouter"``, say); without it, each model id goes to the API whose spec names it, and any
        other id without ``/`` to OpenAI. ``providers`` (with ``api_keys``) adds routers. Failed requests are
        retried ``max_retries`` times (408, 409, 429, 5xx, connection errors, timeouts). ``timeout`` defaults to
        5 s to connect and 600 s to read; ``http_client`` replaces the client's own connection pool;
        ``validate=False`` skips the schema check before sending. AIML audio links are fetched only from public
        https hosts (any host when the API itself is on a loopback or private address, as ``tts-sdk serve`` is),
        checked at every redirect, plus the hosts in ``allow_download_hosts``. ``http_backend="aiohttp"``
        (``AsyncTTS`` only, extra ``tts-sdk[aiohttp]``) sends over aiohttp; an ``aiohttp.ClientSession`` as
        ``http_client`` does too.

        ``api_key`` is openai-python's argument: the OpenAI key (as ``openai_api_key``); with ``base_url``, the key
        of that one server, sent to every provider that has no key of its own (all of them go there).
        """
        known = [*builtin_providers(), *(extra.name for extra in providers)]
        keys, urls = _provider_options(provider_options, known)
        keys |= dict(api_keys or {})
        if api_key is not None:
            for name in known if base_url is not None else ["openai"]:
                keys[name] = keys.get(name) or api_key
        self._options = ClientOptions(
            keys=keys,
            base_urls=urls,
            base_url=base_url,
            provider=provider,
            providers=providers,
            timeout=timeout,
            max_audio_bytes=max_audio_bytes,
            default_headers=default_headers,
            validate=validate,
            max_retries=max_retries,
            allow_download_hosts=allow_download_hosts,
        )
        self._start(http_client, http_backend)

    def _start(self, http_client: HttpClient | None, http_backend: str) -> None:
        """Create the sender and the resources (``speech``)."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._options.describe()})"


def _provider_options(
    given: Mapping[str, object], known: list[str]
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """``<provider>_api_key`` and ``<provider>_base_url`` arguments, split into keys and base URLs by provider; an
    argument naming no known provider is a :class:`ConfigurationError` naming the closest."""
    keys: dict[str, str | None] = {}
    urls: dict[str, str | None] = {}
    for argument, value in given.items():
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{argument} must be a string, got {type(value).__name__}")
        for suffix, into in (("_api_key", keys), ("_base_url", urls)):
            name = argument.removesuffix(suffix)
            if argument.endswith(suffix) and name in known:
                into[name] = value
                break
        else:
            import difflib  # noqa: PLC0415 - only a mistaken argument needs it

            accepted = [f"{name}{suffix}" for name in known for suffix in ("_api_key", "_base_url")]
            close = difflib.get_close_matches(argument, accepted, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f"; it takes {', '.join(accepted)}"
            raise ConfigurationError(f"unknown argument {argument!r}{hint}")
    return keys, urls
