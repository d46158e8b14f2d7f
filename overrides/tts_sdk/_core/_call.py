"""One speech call, decided before anything is sent. Pure: shared by the sync and async clients.

:class:`ClientOptions` is what a client resolved at construction (endpoints with their keys, timeout, limits).
:func:`speech_call` turns one ``speech.create`` / ``stream`` / ``events`` call into a :class:`SpeechCall`: the
provider and spec its model routes to (:func:`spec_for_model`, the one rule), the body in that spec's own
words (``_vocabulary``), checked by the shared validator, the headers, the URL, and what the exchange core
(``_exchange``) needs to send it, retry it and read its answer. Errors in what the caller passed surface here,
at the call, in both flavours; nothing has been sent yet.
"""

from __future__ import annotations

import functools
import json
import re
from urllib.parse import quote, urlencode

import httpx

from tts_sdk._core._catalog import api_of, spec_for_model, specs
from tts_sdk._core._decoding import ACCEPT_ENCODING
from tts_sdk._core._providers import Provider, builtin_providers, resolve_endpoints
from tts_sdk._core._schema import Parts
from tts_sdk._core._urls import DownloadPolicy, is_private
from tts_sdk._core._validate import compiled, parameter_problems
from tts_sdk._core._vocabulary import DEFAULT_PCM_RATE, build_request, chosen, field_path, requested_rate
from tts_sdk._errors import ConfigurationError, MissingAPIKeyError, PayloadValidationError, UnsupportedParameterError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any

    from tts_sdk._core._catalog import ApiInfo, Auth, SpecInfo
    from tts_sdk._core._providers import Endpoint, Secret

    TimeoutTypes = float | httpx.Timeout | None

#: Speech can take minutes to synthesize: a long read timeout, a short connect timeout.
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=5.0)
_UNREAD = object()
#: One encoder for every body (``json.dumps`` with an argument builds a new one each call).
_JSON = json.JSONEncoder(ensure_ascii=False)
#: The most audio bytes one response or audio download may hold.
DEFAULT_MAX_AUDIO_BYTES = 256 * 1024 * 1024
USER_AGENT = "tts-sdk/0.1.0"


class ClientOptions:
    """Everything a client resolved at construction: endpoints, defaults and limits."""

    __slots__ = (
        "_policies",
        "allow_download_hosts",
        "default_headers",
        "endpoints",
        "events_headers",
        "headers",
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
        known = builtin_providers() | {extra.name: extra for extra in providers}
        self.endpoints: dict[str, Endpoint] = resolve_endpoints(known, keys, base_urls, base_url)
        for endpoint in self.endpoints.values():
            problem = _url_problem(endpoint.base_url)
            if problem:
                raise ConfigurationError(f"the base URL of {endpoint.provider.name!r} ({endpoint.base_url}) {problem}")
        if provider is not None:
            _check_provider(provider, self.endpoints)
        #: Hosts audio may be downloaded from besides public https ones (``allow_download_hosts=``).
        self.allow_download_hosts = frozenset(host.lower().strip("[]") for host in allow_download_hosts)
        self.provider = provider
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_audio_bytes = max_audio_bytes
        self.default_headers = dict(default_headers or {})
        #: the headers of every request (of an events request), before the spec's fixed and the call's own
        self.headers = {"Content-Type": "application/json",
                        "Accept": "audio/*, application/octet-stream, application/json", "User-Agent": USER_AGENT,
                        "Accept-Encoding": ACCEPT_ENCODING, **self.default_headers}  # fmt: skip
        self.events_headers = {**self.headers, "Accept": "text/event-stream", **self.default_headers}
        self._policies: dict[str, DownloadPolicy] = {}
        self.validate = validate
        if max_retries < 0:
            raise ConfigurationError("max_retries must be 0 or more")
        self.max_retries = max_retries

    def downloads(self, base_url: str) -> DownloadPolicy:
        """Where audio links of the API at ``base_url`` may be fetched from (one policy per base URL)."""
        policy = self._policies.get(base_url)
        if policy is None:
            policy = DownloadPolicy(local_api=_local(base_url), allowed_hosts=self.allow_download_hosts)
            self._policies[base_url] = policy
        return policy

    def describe(self) -> str:
        """A repr fragment naming the providers and whether each has a key (never the key)."""
        return ", ".join(repr(endpoint) for endpoint in self.endpoints.values())


def _check_provider(provider: str, endpoints: Mapping[str, Endpoint]) -> None:
    """An unknown provider name is a :class:`ConfigurationError`, at construction or per call alike."""
    if provider not in endpoints:
        raise ConfigurationError(f"unknown provider {provider!r}; known: {', '.join(endpoints)}")


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


class SpeechCall:
    """One speech request, ready to send, and everything its exchange and its result need to know."""

    __slots__ = (
        "_format",
        "_rate",
        "body",
        "downloads",
        "endpoint",
        "headers",
        "limit",
        "max_retries",
        "model",
        "parts",
        "role",
        "spec",
        "timeout",
        "url",
    )

    def __init__(self, *, endpoint: Endpoint, spec: SpecInfo, role: str, model: str, parts: Parts,
                 headers: dict[str, str], timeout: httpx.Timeout, max_retries: int, limit: int,
                 downloads: DownloadPolicy) -> None:  # fmt: skip
        self.endpoint, self.spec, self.role, self.model, self.parts = endpoint, spec, role, model, parts
        #: The headers to send, without the key (the exchange core adds it from :attr:`secret`).
        self.headers = headers
        self.timeout, self.max_retries, self.limit, self.downloads = timeout, max_retries, limit, downloads
        #: The operation URL: the endpoint's base URL, the operation's path with its parameters, the query.
        self.url = endpoint.base_url + operation_url(spec.operations[role].path, parts)
        self.body = _JSON.encode(parts.body).encode("utf-8")
        self._format: Any = _UNREAD
        self._rate: int | None = None

    @property
    def payload(self) -> dict[str, Any]:
        """The JSON body."""
        return self.parts.body

    @property
    def requested_format(self) -> str | None:
        """The facade format the request asks for (``mp3``), or its raw value when no facade format names it."""
        if self._format is _UNREAD:  # read only when an answer does not say its own format
            self._format = chosen(self.spec, "format", self.parts)
        return self._format  # type: ignore[no-any-return]

    @property
    def pcm_rate(self) -> int:
        """The sample rate of raw ``pcm`` audio (16-bit mono): the one requested, else the documented one."""
        if self._rate is None:
            self._rate = requested_rate(self.spec, self.parts)[1] or DEFAULT_PCM_RATE
        return self._rate

    @property
    def secret(self) -> Secret | None:
        """The API key, redacted until the driver builds the wire request."""
        return self.endpoint.key

    @property
    def auth(self) -> Auth:
        """The header the key goes in, and its scheme (``Authorization: Bearer K``, ``xi-api-key: K``...)."""
        return self.endpoint.provider.auth

    @property
    def api(self) -> ApiInfo:
        """The shape of the API the call goes to (what it answers, its error and event bodies)."""
        return api_of(self.spec)

    @property
    def text_field(self) -> str:
        """Where the spec keeps the text (``text``, ``input``, ``script``)."""
        return field_path(self.spec, "text") or "text"

    def __repr__(self) -> str:
        return f"SpeechCall({self.model!r} -> {self.url})"


def operation_url(template: str, parts: Parts) -> str:
    """The operation's path with each ``{name}`` replaced by its path parameter, percent-encoded whole (a ``/`` or
    ``?`` in a voice id stays inside its segment), then the query. A missing path parameter is an error."""

    def fill(match: re.Match[str]) -> str:
        value = parts.path.get(match.group(1))
        if value is None:
            raise UnsupportedParameterError(f"the path {template} needs {match.group(1)!r}, and the call gives none")
        return quote(_text(value), safe="")

    path = _PATH_PARAMETER.sub(fill, template) if "{" in template else template
    query = [(name, _text(item)) for name, value in parts.query.items() if value is not None
             for item in (value if isinstance(value, list | tuple) else [value])]  # fmt: skip
    return f"{path}?{urlencode(query)}" if query else path


_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


def _text(value: Any) -> str:
    """A parameter's value as text: booleans as ``true``/``false``, as JSON writes them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def speech_call(
    options: ClientOptions,
    *,
    model: str | None,
    params: Mapping[str, Any],
    extra_body: Mapping[str, Any] | None,
    request: object | None,
    provider: str | None,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | object,
    max_retries: int | None,
    extra_query: Mapping[str, Any] | None = None,
    role: str = "create",
) -> SpeechCall:
    """Route ``model``, build and validate its request, and assemble it: everything decided, nothing sent.

    ``provider`` (the call's, else the client's) wins; without one, the model's spec says which API it goes to.
    ``role`` is the operation: ``create``, ``stream`` (the API's streaming operation, else create's) or
    ``events``.
    """
    provider_name = provider or options.provider
    if request is not None:
        if model is not None or any(value is not None for value in params.values()) or extra_body:
            raise UnsupportedParameterError(
                "pass either request= (a generated request model) or the parameters, not both"
            )
        payload, spec = _request_payload(request)
        model = str(payload.get("model"))
        endpoint, target = _route(model, provider_name, options.endpoints)
        if spec is not None and target.package != spec.package:
            raise UnsupportedParameterError(
                f"{type(request).__name__} is a {spec.api} request, but model {model!r} is routed to "
                f"{endpoint.provider.name!r} ({target.api})"
            )
        role = role if role in target.operations else "create"
        parts = Parts(payload)
        for path, value in target.operations[role].fixed.items():
            if not parts.has(path):
                parts.set(path, value)
        parts.query.update(extra_query or {})
    else:
        if model is None:
            raise UnsupportedParameterError("model is required (for example model='openai/tts-1' or model='tts-1')")
        endpoint, target = _route(model, provider_name, options.endpoints)
        if role not in target.operations:
            if role == "events":
                raise UnsupportedParameterError(
                    f"model {model!r} ({target.api}) has no event stream: use stream() for its audio as it arrives"
                )
            role = "create"
        if role == "events" and model in (api_of(target).events or {}).get("not_for", []):
            raise UnsupportedParameterError(f"model {model!r} streams no events: use stream() for its audio")
        parts = build_request(target, model, params, extra_body, role=role, extra_query=extra_query)
    if options.validate:
        schema = compiled(target.package, role)
        problems = [] if schema.is_valid(parts.body, False) else schema.problems(parts.body, False)
        if target.operations[role].parameters or parts.query or parts.path:
            problems += parameter_problems(target, role, parts)
        if problems and any(problem.severity == "error" for problem in problems):
            raise PayloadValidationError(problems, model)
    if endpoint.key is None and not _local(endpoint.base_url):
        variable = f" or set {endpoint.provider.key_env}" if endpoint.provider.key_env else ""
        raise MissingAPIKeyError(
            f"no API key for provider {endpoint.provider.name!r}: pass {endpoint.provider.name}_api_key=...{variable}"
        )
    headers = dict(options.events_headers if role == "events" else options.headers)
    if parts.header or extra_headers:
        headers.update({name: _header(name, value) for name, value in parts.header.items()})
        headers.update(options.default_headers)  # the caller's headers win over the spec's fixed ones
        headers.update(extra_headers or {})
    chosen_timeout = options.timeout if timeout is DEFAULT else timeout
    if not isinstance(chosen_timeout, httpx.Timeout):
        chosen_timeout = httpx.Timeout(chosen_timeout)  # type: ignore[arg-type]
    return SpeechCall(
        endpoint=endpoint,
        spec=target,
        role=role,
        model=model,
        parts=parts,
        headers=headers,
        timeout=chosen_timeout,
        max_retries=options.max_retries if max_retries is None else max_retries,
        limit=options.max_audio_bytes,
        downloads=options.downloads(endpoint.base_url),
    )


def _header(name: str, value: Any) -> str:
    text = _text(value)
    if any(char in text for char in "\r\n\x00"):
        raise UnsupportedParameterError(f"header {name!r} must be one line, got {text[:40]!r}")
    return text


def _route(model: str, provider: str | None, endpoints: Mapping[str, Endpoint]) -> tuple[Endpoint, SpecInfo]:
    """The endpoint and spec for ``model``: the provider's API, else the one the model's spec names."""
    if provider is None:
        spec = spec_for_model(model)
        endpoint = endpoints[spec.api]  # every API is also a provider of its own name
        return endpoint, spec
    _check_provider(provider, endpoints)
    endpoint = endpoints[provider]
    return endpoint, spec_for_model(model, endpoint.provider.api)


def _request_payload(request: object) -> tuple[dict[str, Any], SpecInfo | None]:
    """The body of ``request=``: a payload dict as is, or a generated request model's ``to_dict()`` (with its
    spec: ``OpenaiTts1Request`` belongs to the ``openai/tts-1`` package)."""
    if isinstance(request, dict):
        return dict(request), None
    module, name = type(request).__module__, type(request).__name__
    for spec in specs():
        if module.startswith(f"tts_sdk_generated.{spec.package}.") and name == spec.request_class:
            return request.to_dict(), spec  # type: ignore[attr-defined]
    raise UnsupportedParameterError(f"request must be a generated request model (OpenaiTts1Request...), got {name}")


@functools.lru_cache(maxsize=64)
def _local(base_url: str) -> bool:
    """Is the API at a loopback or private address (``tts-sdk serve``, a test double)?"""
    return is_private(httpx.URL(base_url).host)


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


#: Marks "use the client's setting" where None already means "no timeout".
DEFAULT: Any = _Default()
