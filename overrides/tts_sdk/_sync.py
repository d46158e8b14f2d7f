"""``tts_sdk.TTS``: the synchronous client."""

from __future__ import annotations

import logging
import time

import httpx

from tts_sdk._audio import Audio
from tts_sdk._errors import APIConnectionError, APITimeoutError
from tts_sdk._prepare import DEFAULT, DEFAULT_MAX_AUDIO_BYTES, DEFAULT_TIMEOUT, USER_AGENT, ClientOptions, prepare
from tts_sdk._responses import (
    aiml_link,
    audio_format,
    download_error,
    is_audio,
    media_type,
    raise_for_status,
    read_limited,
    request_id,
    too_large,
    unexpected_content,
)
from tts_sdk._urls import MAX_REDIRECTS, next_location, refusal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from types import TracebackType
    from typing import Any

    from tts_sdk._prepare import Prepared, TimeoutTypes
    from tts_sdk._providers import Provider

logger = logging.getLogger("tts_sdk")


class TTS:
    """Text to speech over every generated client: one call, one vocabulary, any model.

    Keys and base URLs come from the arguments, else the environment (``AIMLAPI_API_KEY``,
    ``OPENAI_API_KEY``, ``ONEROUTER_API_KEY`` and the matching ``*_BASE_URL``). ``base_url`` points every
    provider at one server (``tts-sdk serve``). ``provider`` picks where models go by default (``"onerouter"``,
    say); without it, AIML model ids go to the AIML API and any other id to OpenAI.
    """

    def __init__(
        self,
        *,
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
        max_audio_bytes: int = DEFAULT_MAX_AUDIO_BYTES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        validate: bool = True,
    ) -> None:
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
        )
        self._owns_client = http_client is None
        self._http = http_client or httpx.Client(timeout=self._options.timeout, follow_redirects=False)
        self.speech = Speech(self)

    def close(self) -> None:
        """Close the HTTP connections (not those of an ``http_client`` you passed in)."""
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> TTS:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"TTS({self._options.describe()})"


class Speech:
    """``client.speech``: synthesize speech."""

    def __init__(self, client: TTS) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str | None = None,
        text: str | None = None,
        voice: Any = None,
        format: str | None = None,
        speed: float | None = None,
        instructions: str | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request: object | None = None,
        provider: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | object = DEFAULT,
    ) -> Audio:
        """Synthesize ``text`` with ``model`` and return the audio.

        ``voice``, ``format``, ``speed`` and ``instructions`` are mapped to the model's own names
        (``text``/``input``, ``format``/``response_format``); one the model does not take is an error, never
        dropped. ``extra_body`` passes other fields of the model's spec. Or pass ``request=`` a generated
        request model. The body is validated against the spec before it is sent.
        """
        params = {"text": text, "voice": voice, "format": format, "speed": speed, "instructions": instructions}
        prepared = prepare(
            self._client._options,
            model=model,
            params=params,
            extra_body=extra_body,
            request=request,
            provider=provider,
            extra_headers=extra_headers,
            timeout=timeout,
        )
        return _Exchange(self._client, prepared).run()


class _Exchange:
    """One request and, for AIML links, the audio download."""

    def __init__(self, client: TTS, prepared: Prepared) -> None:
        self.http, self.options, self.prepared = client._http, client._options, prepared

    def run(self) -> Audio:
        prepared = self.prepared
        url = prepared.route.url
        logger.debug("POST %s model=%s", url, prepared.model)
        started = time.monotonic()
        response, content = self._send(
            self.http.build_request(
                "POST", url, content=prepared.body, headers=prepared.headers, timeout=prepared.timeout
            )
        )
        logger.debug("HTTP %d from %s in %.2f s", response.status_code, url, time.monotonic() - started)
        raise_for_status(response, content)
        identifier = request_id(response)
        if is_audio(response):
            return Audio(
                content,
                content_type=media_type(response),
                format=audio_format(response, prepared.requested_format),
                model=prepared.model,
                request_id=identifier,
            )
        if prepared.route.spec.api == "aiml" and media_type(response) in ("application/json", ""):
            link, usage = aiml_link(response, content)
            audio, kind = self._download(link)
            return Audio(
                audio,
                content_type=kind,
                format=prepared.requested_format,
                model=prepared.model,
                url=link,
                usage=usage,
                request_id=identifier,
            )
        raise unexpected_content(response, content, "audio" if prepared.route.spec.api == "openai" else "audio or JSON")

    def _send(self, request: httpx.Request, *, credentials: bool = True) -> tuple[httpx.Response, bytes]:
        """Send, read the body within the size limit, map network failures to typed errors.

        ``credentials=False`` (audio downloads) also switches off an ``http_client``'s own auth.
        """
        url = str(request.url)
        auth = httpx.USE_CLIENT_DEFAULT if credentials else None
        try:
            response = self.http.send(request, stream=True, follow_redirects=False, auth=auth)
            try:
                content = read_limited(response.iter_bytes(), response, self.options.max_audio_bytes)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise APITimeoutError(f"timed out talking to {url} ({type(exc).__name__})", url=url) from None
        except httpx.TransportError as exc:
            raise APIConnectionError(f"connection to {url} failed: {exc or type(exc).__name__}", url=url) from None
        if content is None:
            raise too_large(url, self.options.max_audio_bytes, download=not credentials)
        return response, content

    def _download(self, url: str) -> tuple[bytes, str]:
        """Fetch the audio URL without any credentials, following redirects that pass :func:`refusal`."""
        for _ in range(MAX_REDIRECTS + 1):
            reason = refusal(url)
            if reason:
                raise download_error(url, reason)
            request = self.http.build_request(
                "GET", url, headers={"Accept": "audio/*", "User-Agent": USER_AGENT}, timeout=self.prepared.timeout
            )
            for header in ("authorization", "proxy-authorization", "cookie"):
                request.headers.pop(header, None)
            logger.debug("GET %s (audio, no credentials)", url)
            response, content = self._send(request, credentials=False)
            if response.is_redirect:
                url = next_location(url, response.headers.get("location"))
                continue
            if not response.is_success:
                raise download_error(url, f"HTTP {response.status_code}")
            return content, media_type(response) or "application/octet-stream"
        raise download_error(url, f"more than {MAX_REDIRECTS} redirects")
