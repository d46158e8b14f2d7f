"""Client options and turning one ``speech.create`` call into an HTTP request. Pure, shared by sync and async."""

from __future__ import annotations

import functools
import json

import httpx

from tts_sdk._decoding import ACCEPT_ENCODING
from tts_sdk._errors import ConfigurationError, MissingAPIKeyError, PayloadValidationError, UnsupportedParameterError
from tts_sdk._exchange import Plan
from tts_sdk._providers import BUILTIN_PROVIDERS, Provider, resolve_endpoints
from tts_sdk._routing import Route, route, spec_of_request
from tts_sdk._urls import DownloadPolicy, is_private
from tts_sdk._validation._select import compiled
from tts_sdk._vocabulary import DEFAULT_PCM_RATE, build_payload, chosen, field_path, requested_rate

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from tts_sdk._providers import Endpoint

    TimeoutTypes = float | httpx.Timeout | None

#: Speech can take minutes to synthesize: a long read timeout, a short connect timeout.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
#: The most audio bytes one response or audio download may hold.
DEFAULT_MAX_AUDIO_BYTES = 256 * 1024 * 1024
USER_AGENT = "tts-sdk/0.1.0"


class ClientOptions:
    """Everything a client resolved at construction: endpoints, defaults and limits."""

    __slots__ = (
        "allow_download_hosts",
        "default_headers",
        "endpoints",
        "max_audio_bytes",
        "max_retries",
        "provider",
        "timeout",
        "validate",
    )

    def __init__(
        self,
        *,
        keys: Mapping[str, str | None],
        base_urls: Mapping[str, str | None],
        base_url: str | None,
        provider: str | None,
        providers: Iterable[Provider],
        timeout: TimeoutTypes,
        max_audio_bytes: int,
        default_headers: Mapping[str, str] | None,
        validate: bool,
        max_retries: int,
        allow_download_hosts: Iterable[str] = (),
    ) -> None:
        known = dict(BUILTIN_PROVIDERS) | {extra.name: extra for extra in providers}
        self.endpoints: dict[str, Endpoint] = resolve_endpoints(known, keys, base_urls, base_url)
        for endpoint in self.endpoints.values():
            problem = _url_problem(endpoint.base_url)
            if problem:
                raise ConfigurationError(f"the base URL of {endpoint.provider.name!r} ({endpoint.base_url}) {problem}")
        if provider is not None and provider not in self.endpoints:
            raise ConfigurationError(f"unknown provider {provider!r}; known: {', '.join(self.endpoints)}")
        #: Hosts audio may be downloaded from besides public https ones (``allow_download_hosts=``).
        self.allow_download_hosts = frozenset(host.lower().strip("[]") for host in allow_download_hosts)
        self.provider = provider
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_audio_bytes = max_audio_bytes
        self.default_headers = dict(default_headers or {})
        self.validate = validate
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self.max_retries = max_retries

    def describe(self) -> str:
        """A repr fragment naming the providers and whether each has a key (never the key)."""
        return ", ".join(repr(endpoint) for endpoint in self.endpoints.values())


def _url_problem(url: str) -> str | None:
    """What is wrong with a base URL (scheme, host, port), or None."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        return f"is not a valid URL ({exc})"
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return "must be an http(s) URL with a host"
    if parsed.port is not None and not 0 < parsed.port < 65536:
        return f"has a port out of range ({parsed.port})"
    return None


class Prepared:
    """One speech request, ready to send."""

    __slots__ = ("body", "headers", "payload", "pcm_rate", "requested_format", "route", "text_field", "timeout")

    #: The headers to send, without the key (the exchange core adds it as a :class:`Secret`).
    headers: dict[str, str]

    def __init__(
        self,
        route: Route,
        payload: dict[str, Any],
        requested_format: str | None,
        headers: dict[str, str],
        timeout: httpx.Timeout,
    ) -> None:
        self.route, self.payload, self.requested_format = route, payload, requested_format
        self.headers, self.timeout = headers, timeout
        self.text_field = field_path(route.spec, "text") or "text"
        self.pcm_rate = requested_rate(route.spec, payload)[1] or DEFAULT_PCM_RATE
        self.body = json.dumps(payload, ensure_ascii=False).encode("utf-8")

    @property
    def model(self) -> str:
        """The model id sent."""
        return self.route.model


def prepare(
    options: ClientOptions,
    *,
    model: str | None,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    request: object | None,
    provider: str | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | object,
) -> Prepared:
    """Route, build and validate the body, and assemble headers for one call."""
    provider_name = provider or options.provider
    if request is not None:
        if model is not None or any(value is not None for value in params.values()) or extra_body:
            raise UnsupportedParameterError(
                "pass either request= (a generated request model) or the parameters, not both"
            )
        if isinstance(request, dict):
            payload: dict[str, Any] = dict(request)
            target = route(str(payload.get("model")), provider_name, options.endpoints)
        else:
            spec = spec_of_request(request)
            payload = request.to_dict()  # type: ignore[attr-defined]
            target = route(str(payload.get("model")), provider_name, options.endpoints)
            if target.spec.package != spec.package:
                raise UnsupportedParameterError(
                    f"{type(request).__name__} is a {spec.provider} request, but model {target.model!r} is routed to "
                    f"{target.endpoint.provider.name!r} ({target.spec.provider})"
                )
    else:
        if model is None:
            raise UnsupportedParameterError("model is required (for example model='openai/tts-1' or model='tts-1')")
        target = route(model, provider_name, options.endpoints)
        payload = build_payload(target.spec, model, params, extra_body)
    if options.validate:
        problems = compiled(target.spec.package).problems(payload, False)
        if any(problem.severity == "error" for problem in problems):
            raise PayloadValidationError(problems, target.model)
    endpoint = target.endpoint
    if endpoint.key is None and not is_private(httpx.URL(endpoint.base_url).host):
        variable = f" or set {endpoint.provider.key_env}" if endpoint.provider.key_env else ""
        raise MissingAPIKeyError(
            f"no API key for provider {endpoint.provider.name!r}: pass {endpoint.provider.name}_api_key=...{variable}"
        )
    headers = {
        "Content-Type": "application/json",
        "Accept": "audio/*, application/octet-stream, application/json",
        "User-Agent": USER_AGENT,
        "Accept-Encoding": ACCEPT_ENCODING,
        **options.default_headers,
        **dict(extra_headers or {}),
    }
    requested = chosen(target.spec, "format", payload)
    chosen_timeout = options.timeout if timeout is DEFAULT else timeout
    if not isinstance(chosen_timeout, httpx.Timeout):
        chosen_timeout = httpx.Timeout(chosen_timeout)  # type: ignore[arg-type]
    return Prepared(target, payload, requested, headers, chosen_timeout)


def plan(options: ClientOptions, prepared: Prepared, max_retries: int | None) -> Plan:
    """What the exchange core needs for one prepared call."""
    endpoint = prepared.route.endpoint
    local = _local(endpoint.base_url)
    return Plan(
        url=prepared.route.url,
        headers=prepared.headers,
        body=prepared.body,
        secret=endpoint.key,
        auth=endpoint.provider.auth,
        api=prepared.route.spec.provider,
        timeout=prepared.timeout,
        max_retries=options.max_retries if max_retries is None else max_retries,
        limit=options.max_audio_bytes,
        downloads=DownloadPolicy(local_api=local, allowed_hosts=options.allow_download_hosts),
    )


@functools.lru_cache(maxsize=64)
def _local(base_url: str) -> bool:
    """Is the API at a loopback or private address (``tts-sdk serve``, a test double)?"""
    return is_private(httpx.URL(base_url).host)


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


#: Marks "use the client's setting" where None already means "no timeout".
DEFAULT: Any = _Default()
