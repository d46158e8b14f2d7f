"""Client options and turning one ``speech.create`` call into an HTTP request. Pure, shared by sync and async."""

from __future__ import annotations

import json

import httpx

from tts_sdk._errors import MissingAPIKeyError, PayloadValidationError, UnsupportedParameterError
from tts_sdk._providers import BUILTIN_PROVIDERS, Provider, resolve_endpoints
from tts_sdk._routing import Route, route, spec_of_request
from tts_sdk._urls import is_loopback
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

    __slots__ = ("default_headers", "endpoints", "max_audio_bytes", "max_retries", "provider", "timeout", "validate")

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
    ) -> None:
        known = dict(BUILTIN_PROVIDERS) | {extra.name: extra for extra in providers}
        self.endpoints: dict[str, Endpoint] = resolve_endpoints(known, keys, base_urls, base_url)
        if provider is not None and provider not in self.endpoints:
            raise ValueError(f"unknown provider {provider!r}; known: {', '.join(self.endpoints)}")
        self.provider = provider
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_audio_bytes = max_audio_bytes
        self.default_headers = dict(default_headers or {})
        self.validate = validate
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self.max_retries = max_retries

    def describe(self) -> str:
        """A repr fragment naming the providers and whether each has a key (never the key)."""
        return ", ".join(repr(endpoint) for endpoint in self.endpoints.values())


class Prepared:
    """One speech request, ready to send."""

    __slots__ = ("body", "headers", "payload", "pcm_rate", "requested_format", "route", "text_field", "timeout")

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
    if endpoint.key is None and not is_loopback(httpx.URL(endpoint.base_url).host):
        variable = f" or set {endpoint.provider.key_env}" if endpoint.provider.key_env else ""
        raise MissingAPIKeyError(
            f"no API key for provider {endpoint.provider.name!r}: pass {endpoint.provider.name}_api_key=...{variable}"
        )
    headers = {
        "Content-Type": "application/json",
        "Accept": "audio/*, application/octet-stream, application/json",
        "User-Agent": USER_AGENT,
        **options.default_headers,
        **dict(extra_headers or {}),
        **endpoint.auth_headers(),
    }
    requested = chosen(target.spec, "format", payload)
    chosen_timeout = options.timeout if timeout is DEFAULT else timeout
    if not isinstance(chosen_timeout, httpx.Timeout):
        chosen_timeout = httpx.Timeout(chosen_timeout)  # type: ignore[arg-type]
    return Prepared(target, payload, requested, headers, chosen_timeout)


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


#: Marks "use the client's setting" where None already means "no timeout".
DEFAULT: Any = _Default()
