"""What :class:`TTS` and :class:`AsyncTTS` share: their options, resolved once at construction."""

from __future__ import annotations

from typing import Generic, TypeVar

from tts_sdk._core._call import DEFAULT_MAX_AUDIO_BYTES, DEFAULT_TIMEOUT, ClientOptions
from tts_sdk._core._retries import DEFAULT_MAX_RETRIES

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from tts_sdk._core._call import TimeoutTypes
    from tts_sdk._core._providers import Provider

HttpClient = TypeVar("HttpClient")


class ClientBase(Generic[HttpClient]):
    """The construction both clients share; ``HttpClient`` is ``httpx.Client`` or ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        aiml_api_key: str | None = None,
        openai_api_key: str | None = None,
        onerouter_api_key: str | None = None,
        aiml_base_url: str | None = None,
        openai_base_url: str | None = None,
        onerouter_base_url: str | None = None,
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
    ) -> None:
        """Keys and base URLs come from the arguments, else the environment (``AIMLAPI_API_KEY``,
        ``OPENAI_API_KEY``, ``ONEROUTER_API_KEY`` and the matching ``*_BASE_URL``).

        ``base_url`` points every provider at one server (``tts-sdk serve``). ``provider`` picks where models go
        by default (``"onerouter"``, say); without it, AIML model ids go to the AIML API and any other id to
        OpenAI. ``providers`` (with ``api_keys``) adds OpenAI-compatible routers. Failed requests are retried
        ``max_retries`` times (408, 409, 429, 5xx, connection errors, timeouts). ``timeout`` defaults to 5 s to
        connect and 600 s to read; ``http_client`` replaces the client's own connection pool; ``validate=False``
        skips the schema check before sending. AIML audio links are fetched only from public https hosts (any
        host when the API itself is on a loopback or private address, as ``tts-sdk serve`` is), checked at every
        redirect, plus the hosts in ``allow_download_hosts``. ``http_backend="aiohttp"`` (``AsyncTTS`` only,
        extra ``tts-sdk[aiohttp]``) sends over aiohttp; an ``aiohttp.ClientSession`` as ``http_client`` does too.

        ``api_key`` is openai-python's argument: the OpenAI key (as ``openai_api_key``); with ``base_url``, the key
        of that one server, sent to every provider that has no key of its own (all of them go there).
        """
        if api_key is not None and base_url is None:
            openai_api_key = openai_api_key or api_key
        elif api_key is not None:
            aiml_api_key = aiml_api_key or api_key
            openai_api_key = openai_api_key or api_key
            onerouter_api_key = onerouter_api_key or api_key
            api_keys = {extra.name: api_key for extra in providers} | dict(api_keys or {})
        keys = {"aiml": aiml_api_key, "openai": openai_api_key, "onerouter": onerouter_api_key, **(api_keys or {})}
        urls = {"aiml": aiml_base_url, "openai": openai_base_url, "onerouter": onerouter_base_url}
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
