"""The embedded server's HTTP API, built from the same generated specs and validator as the client."""

from __future__ import annotations

import asyncio
import hmac
import json

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from tts_sdk._core._catalog import ApiInfo, SpecInfo, specs
from tts_sdk._core._schema import Parts
from tts_sdk._core._validate import compiled, parameter_problems
from tts_sdk._validation._problems import key_path
from tts_sdk._validation._reader import Parser
from tts_sdk.server._choices import choices
from tts_sdk.server._encode import (
    STREAMABLE,
    Encoder,
    UnsupportedFormatError,
    media_type,
    stream_chunk,
    stream_header,
)
from tts_sdk.server._faults import HEADER, Fault, FaultInjector
from tts_sdk.server._formats import format_problems
from tts_sdk.server._openapi import document
from tts_sdk.server._pool import DEFAULT_MAX_QUEUE, QueueFullError, SynthesisPool
from tts_sdk.server._routes import SpeechRoute, spec_of_request, speech_routes
from tts_sdk.server._shapes import PLAIN_ERROR, EventWriter, error_body, error_body_of
from tts_sdk.server._store import AudioStore, StoredFile

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
    from tempfile import SpooledTemporaryFile
    from typing import Any

    from starlette.requests import Request
    from starlette.types import Receive, Scope, Send

DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
#: Seconds a client has to send the whole body once its headers are in (a slow body answers 408).
DEFAULT_BODY_TIMEOUT = 30.0
_CHUNK = 16 * 1024
#: Synthetic prices, shaped like AIML's example (120,000 credits = $0.06).
_CREDITS_PER_CHARACTER = 300
_USD_PER_CREDIT = 5e-7


class ServerState:
    """What every request shares: the synthesis pool, the audio store, fault injection and the limits."""

    def __init__(
        self,
        *,
        require_key: str | None,
        faults: bool,
        max_body_bytes: int,
        public_url: str | None = None,
        workers: int = 0,
        max_queue: int = DEFAULT_MAX_QUEUE,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
    ) -> None:
        self.require_key = require_key
        #: The base of audio URLs: ``--public-url``, else the bound address (set when the socket is bound);
        #: never the request's ``Host`` header, which any client can set.
        self.public_url = public_url
        self.faults = FaultInjector(faults)
        self.max_body_bytes, self.body_timeout = max_body_bytes, body_timeout
        self.store = AudioStore()
        voice_names = [str(value) for spec in specs() for value in spec.voices]
        self.pool = SynthesisPool(voice_names, workers=workers, max_queue=max_queue)
        self.openapi: bytes | None = None  # GET /openapi.json, built on first request

    def close(self) -> None:
        """Stop the synthesis workers and remove the stored audio."""
        self.pool.close()
        self.store.close()


def create_app(
    *,
    require_key: str | None = None,
    faults: bool = False,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    public_url: str | None = None,
    workers: int = 0,
    max_queue: int = DEFAULT_MAX_QUEUE,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
) -> Starlette:
    """The ASGI application: every speech operation of every API in the catalog (AIML ``POST /v1/tts``, OpenAI
    ``POST /v1/audio/speech``, ElevenLabs, Deepgram, Cartesia...: :func:`speech_routes`), ``GET /v1/files/{name}``.

    ``workers``: synthesis processes (0: one thread of this process); past ``max_queue`` pieces waiting, a new
    request is answered 503 with ``Retry-After``. Call ``app.state.tts.close()`` when done with it.
    """
    routes = [
        *(Route(route.path, _endpoint(route), methods=[route.method]) for route in speech_routes()),
        Route("/v1/files/{name}", _file, methods=["GET"]),
        Route("/healthz", _health, methods=["GET"]),
        Route("/openapi.json", _openapi, methods=["GET"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})  # type: ignore[dict-item]
    app.state.tts = ServerState(
        require_key=require_key,
        faults=faults,
        max_body_bytes=max_body_bytes,
        public_url=public_url,
        workers=workers,
        max_queue=max_queue,
        body_timeout=body_timeout,
    )
    return app


class _AsciiJSON(JSONResponse):
    """JSON with non-ASCII escaped: a lone surrogate quoted back in an error stays valid JSON, never a 500."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def error(
    status: int,
    message: str,
    *,
    api: ApiInfo | None = None,
    kind: str = "invalid_request_error",
    problems: list[dict[str, str]] | None = None,
    headers: Mapping[str, str] | None = None,
    code: str | int | None = None,
) -> JSONResponse:
    """An error in the API's own shape (its ``[api.*]`` table's ``error`` template: OpenAI's
    ``{"error": {"message", "type", "code", "param"}}``, Deepgram's ``{"err_code", "err_msg"}``...), plus every
    problem under ``problems``."""
    values = {"message": message, "type": kind, "code": code, "status": status,
              "param": problems[0]["path"] if problems else None, "request_id": None}  # fmt: skip
    body = error_body(api, values) if api is not None else error_body_of(PLAIN_ERROR, values)
    if problems is not None:
        body["problems"] = problems
    return _AsciiJSON(body, status_code=status, headers=headers)


async def _http_error(_request: Request, exc: HTTPException) -> Response:
    messages = {404: "no such path", 405: "method not allowed"}
    return error(
        exc.status_code,
        messages.get(exc.status_code, str(exc.detail)),
        kind="not_found_error" if exc.status_code == 404 else "invalid_request_error",
        headers=exc.headers,
    )


async def _health(_request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def _openapi(request: Request) -> Response:
    state: ServerState = request.app.state.tts
    if state.openapi is None:
        state.openapi = bytes(_AsciiJSON(document(state)).body)
    return Response(state.openapi, media_type="application/json")


async def _prologue(request: Request, api: ApiInfo) -> tuple[Fault | None, dict[str, Any] | Response]:
    """Faults that act before anything else, the key check (in the API's own header and scheme), then the JSON
    body (or the error to send, in the API's shape)."""
    state: ServerState = request.app.state.tts
    fault = state.faults.fault_for(request.headers.get(HEADER))
    if fault is not None:
        delay = fault.number("delay")
        if delay:
            await asyncio.sleep(delay)
        status = fault.number("status")
        if status is not None:
            headers = {
                name: fault.get(name) or ""
                for name in ("retry-after", "retry-after-ms", "x-should-retry")
                if fault.get(name)
            }
            status_error = error(int(status), f"injected fault: status {int(status)}", api=api, kind="fault",
                                 headers=headers)  # fmt: skip
            return fault, status_error
    if state.require_key is not None and not _authorized(request.headers.get(api.auth.header), api, state.require_key):
        scheme = f"{api.auth.scheme} " if api.auth.scheme else ""
        message = f"missing or invalid API key: send {api.auth.header}: {scheme}<key> (or the key alone)"
        return fault, error(401, message, api=api, kind="authentication_error")
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind != "application/json":
        return fault, error(415, f"send the body as application/json, not {kind or 'no content type'}", api=api)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > state.max_body_bytes:
        return fault, error(413, f"the body is over the {state.max_body_bytes}-byte limit", api=api)
    body = bytearray()
    try:
        async with asyncio.timeout(state.body_timeout):
            async for chunk in request.stream():
                body += chunk
                if len(body) > state.max_body_bytes:
                    return fault, error(413, f"the body is over the {state.max_body_bytes}-byte limit", api=api)
    except TimeoutError:
        return fault, error(408, f"the body did not arrive within {state.body_timeout:g} s", api=api, headers=_CLOSE)
    loaded = Parser().diagnose("body", None, bytes(body))
    if loaded.error is not None:
        return fault, error(400, f"the body is not valid JSON: {loaded.error}", api=api)
    broken = [note.as_dict() for note in loaded.notes if note.severity == "error"]
    broken += _unencodable(loaded.payload)
    if broken:
        listing = "; ".join(f"{item['path']}: {item['message']}" for item in broken)
        return fault, error(400, f"the body is not valid JSON: {listing}", api=api, problems=broken)
    return fault, _integral(loaded.payload)


def _integral(value: Any) -> Any:
    """The body with every number that is whole written as an integer (``5.0`` as ``5``), as the real APIs read
    JSON (JavaScript and pydantic alike): an ``integer`` field takes ``5.0`` whatever the spec's JSON Schema draft
    says of its spelling."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _integral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral(item) for item in value]
    return value


_CLOSE = {"connection": "close"}


def _busy(pool: SynthesisPool, api: ApiInfo) -> JSONResponse | None:
    """503 with ``Retry-After`` when the synthesis queue is full, else None (the request may go on)."""
    try:
        pool.admit()
    except QueueFullError as exc:
        return error(503, str(exc), api=api, kind="server_busy", headers={"retry-after": str(exc.retry_after)})
    return None


def _authorized(header: str | None, api: ApiInfo, key: str) -> bool:
    """The key in the API's header, after its scheme (``Bearer``, ``Token``: in any case, as HTTP has it), or
    alone."""
    if not header:
        return False
    scheme, _, rest = header.strip().partition(" ")
    schemes = {api.auth.scheme.lower()} if api.auth.scheme else set()
    token = rest.strip() if scheme.lower() in schemes | {"bearer"} and rest else header.strip()
    return hmac.compare_digest(token.encode("utf-8", "replace"), key.encode("utf-8", "replace"))


def _unencodable(payload: Any) -> list[dict[str, str]]:
    """Strings holding lone surrogates (``"\\ud800"`` parses, but is no text): a problem at each path."""
    found, pending = [], [("$", payload)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            if _lone(value):
                message = "holds a lone surrogate (\\ud800-\\udfff): not text"
                found.append(
                    {"path": path, "keyword": "json", "message": message, "schema_path": "", "severity": "error"}
                )
        elif isinstance(value, dict):
            pending.extend((key_path(path, key), item) for key, item in value.items())
            pending.extend((key_path(path, key), key) for key in value if isinstance(key, str) and _lone(key))
        elif isinstance(value, list):
            pending.extend((f"{path}[{index}]", item) for index, item in enumerate(value))
    return found


def _lone(text: str) -> bool:
    """Does ``text`` hold a lone surrogate (which no UTF-8 can carry)?"""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _problems(spec: SpecInfo, role: str, parts: Parts, api: ApiInfo) -> JSONResponse | None:
    """Every error of the request: body, path and query parameters (as text from the URL), in the API's error
    shape and status (OpenAI's 400 with a string ``code``, FastAPI's 422...). Headers are not checked: real
    clients send versions the spec copy does not list yet (Cartesia-Version)."""
    found = compiled(spec.package, role).problems(parts.body, False)
    errors = [problem.as_dict() for problem in found if problem.severity == "error"]
    errors += format_problems(spec.request_schema(role), parts.body)
    errors += [problem.as_dict() for problem in parameter_problems(spec, role, parts, locations=("path", "query"),
                                                                     text=True)]  # fmt: skip
    if not errors:
        return None
    listing = "; ".join(f"{item['path']}: {item['message']}" for item in errors)
    message = f"the request does not match the {spec.name} schema: {listing}"
    status = api.invalid_status
    return error(status, message, api=api, problems=errors, code=f"invalid_{errors[0]['keyword'].lower()}")


def _endpoint(route: SpeechRoute) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        return await _speech(request, route)

    endpoint.__name__ = route.name
    return endpoint


def _parts(request: Request, payload: Any) -> Parts:
    """The request's parts: its JSON body, path parameters and query (a repeated name: a list)."""
    parts = Parts(payload if isinstance(payload, dict) else {})
    parts.path = dict(request.path_params)
    for name, value in request.query_params.multi_items():
        held = parts.query.get(name)
        parts.query[name] = value if held is None else [*(held if isinstance(held, list) else [held]), value]
    return parts


async def _speech(request: Request, route: SpeechRoute) -> Response:
    """Any API's speech operation: the request in that API's shape, checked against the spec its model selects,
    answered with real speech as that API answers (a link, the audio, or events)."""
    state: ServerState = request.app.state.tts
    api = route.api
    fault, payload = await _prologue(request, api)
    if isinstance(payload, Response):
        return payload
    parts = _parts(request, payload)
    spec, model = spec_of_request(route, parts)
    if spec is None:
        return _unknown_model(route, parts, model)
    invalid = _problems(spec, route.role, parts, api)
    if invalid is not None:
        return invalid
    shape = api.events or {}
    events_body = route.events_body(spec)
    events = route.role == "events" or bool(events_body and all(parts.body.get(k) == v for k, v in events_body.items()))
    if events and model in shape.get("not_for", []):
        return error(400, f"events are not supported for {model} (nor for {', '.join(shape['not_for'])})", api=api)
    voice, format_name, speed, rate = choices(spec, parts)
    wants_wav = request.headers.get("accept", "").split(",", 1)[0].split(";", 1)[0].strip().lower() == "audio/wav"
    linked = api.answer == "audio-or-link" and not events
    if linked and wants_wav:
        format_name, rate = "wav", None
    try:
        kind = media_type(format_name)
    except UnsupportedFormatError as exc:
        return error(400, str(exc), api=api, problems=[_format_problem(spec, str(exc))])
    text = str(parts.get(str(spec.fields.get("text"))))
    busy = _busy(state.pool, api)
    if busy is not None:
        return busy
    if not linked:
        output_rate = rate or DEFAULT_RATE
        pieces = _audio_pieces(state.pool, text, voice, speed, format_name, output_rate=output_rate)
        if events:
            writer = EventWriter(shape, spec.events_schema())
            return _respond(fault, _events(pieces, text, writer), "text/event-stream")
        return _respond(fault, pieces, kind)
    if wants_wav:
        return _respond(fault, _whole_file(state.pool, text, voice, speed, format_name, output_rate=rate), kind)
    return await _linked(state, fault, text, voice, speed, format_name=format_name, rate=rate, kind=kind)


def _unknown_model(route: SpeechRoute, parts: Parts, model: Any) -> Response:
    known = [known for spec in route.specs for known in spec.models]
    path = route.specs[0].fields.get("model") or "model"
    location, _, name = path.rpartition(":")
    where = f"$.{name} in {location}" if location else f"$.{path}"
    problem = {"path": where, "keyword": "enum", "message": f"{json.dumps(model)} is not one of {known}",
               "schema_path": "", "severity": "error"}  # fmt: skip
    message = f"unknown model {model!r} for {route.method} {route.path}"
    return error(route.api.invalid_status, message, api=route.api, problems=[problem], code="model_not_found")


async def _linked(state: ServerState, fault: Fault | None, text: str, voice: str, speed: float, *, format_name: str,
                  rate: int | None, kind: str) -> Response:  # fmt: skip
    """AIML's answer: the audio stored, and JSON with its link and usage."""
    audio, size = await _encoded(state.pool, text, voice, speed, format_name, output_rate=rate)
    with audio:
        if fault is not None and fault.get("audio-url") == "404":
            name = f"missing-{size}.{format_name}"
        elif fault is not None and fault.get("audio-redirect"):
            name = state.store.add_redirect(str(fault.get("audio-redirect")), format_name)
        elif fault is not None and fault.number("pad"):
            padded = audio.read() + b"\0" * int(fault.number("pad") or 0)
            name = state.store.add(padded, kind, format_name)
        else:
            name = await asyncio.to_thread(state.store.add_file, audio, size, kind, format_name)
    credits = _CREDITS_PER_CHARACTER * len(text)
    body = {
        "audio": {"url": f"{(state.public_url or 'http://127.0.0.1').rstrip('/')}/v1/files/{name}"},
        "meta": {"usage": {"credits_used": credits, "usd_spent": round(credits * _USD_PER_CREDIT, 6)}},
    }
    if fault is not None and "invalid-json" in fault:
        return _respond(fault, b'{"audio": {"url": ', "application/json")
    return _respond(fault, json.dumps(body).encode(), "application/json")


async def _file(request: Request) -> Response:
    state: ServerState = request.app.state.tts
    entry = state.store.get(request.path_params["name"])
    if entry is None:
        return error(404, "no such audio file (it expired or never existed)", kind="not_found_error")
    if isinstance(entry, str):
        return RedirectResponse(entry, status_code=302)
    if isinstance(entry, StoredFile):
        return FileResponse(entry.path, media_type=entry.media_type)
    content, kind = entry
    return Response(content, media_type=kind)


def _format_problem(spec: SpecInfo, message: str) -> dict[str, str]:
    field = " + ".join(spec.format_fields) or "format"
    return {"path": f"$.{field}", "keyword": "server", "message": message, "schema_path": "", "severity": "error"}


#: The rate audio is answered at when the request names none (OpenAI's speech endpoint answers every format at
#: 24 kHz; so does this server, for every API that answers audio).
DEFAULT_RATE = 24000


async def _audio_pieces(
    pool: SynthesisPool, text: str, voice: str, speed: float, format_name: str, *, output_rate: int | None
) -> AsyncIterator[bytes]:
    """The audio in pieces: pcm and wav as each sentence is made; other formats encoded (to a spooled file,
    to disk when large) and then sent in chunks. Either way one piece of samples is held at a time."""
    rate = pool.sample_rate
    if format_name in STREAMABLE:
        header = stream_header(format_name, rate, output_rate)
        if header:
            yield header
        async for samples in pool.pieces(text, voice, speed):
            yield stream_chunk(samples, rate, format_name, output_rate)
        return
    async for chunk in _whole_file(pool, text, voice, speed, format_name, output_rate=output_rate):
        yield chunk


async def _whole_file(
    pool: SynthesisPool, text: str, voice: str, speed: float, format_name: str, *, output_rate: int | None
) -> AsyncIterator[bytes]:
    """The audio encoded whole (to a spooled file, on disk when large), then read back in chunks."""
    audio, _ = await _encoded(pool, text, voice, speed, format_name, output_rate=output_rate)
    with audio:
        while chunk := audio.read(_CHUNK):
            yield chunk


async def _encoded(
    pool: SynthesisPool, text: str, voice: str, speed: float, format_name: str, *, output_rate: int | None
) -> tuple[SpooledTemporaryFile[bytes], int]:
    """The audio encoded whole, off the event loop, piece by piece: the spooled file (rewound) and its size."""
    encoder = Encoder(format_name, pool.sample_rate, output_rate)
    try:
        async for samples in pool.pieces(text, voice, speed):
            await asyncio.to_thread(encoder.write, samples)
        return await asyncio.to_thread(encoder.finish)
    except BaseException:
        encoder.file.close()
        raise


async def _events(pieces: AsyncIterator[bytes], text: str, writer: EventWriter) -> AsyncIterator[bytes]:
    """Server-sent events in the API's shape: one delta per piece of audio (base64), then done (with usage)."""
    total = 0
    async for piece in pieces:
        total += len(piece)
        yield writer.delta(piece)
    input_tokens = max(1, len(text) // 4)
    output_tokens = max(1, total // 1000)
    usage = {"input_tokens": input_tokens, "output_tokens": output_tokens, "total_tokens": input_tokens + output_tokens}
    yield writer.done(usage)


def _respond(fault: Fault | None, body: bytes | AsyncIterator[bytes], kind: str) -> Response:
    """The success response, bent by whatever fault the request asked for."""
    if fault is None:
        return Response(body, media_type=kind) if isinstance(body, bytes) else StreamingResponse(body, media_type=kind)
    if "html" in fault:
        page = (
            "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
        )
        return HTMLResponse(page, status_code=200)
    kind = fault.get("content-type") or kind
    pad = int(fault.number("pad") or 0) if kind != "application/json" else 0
    if "drop" in fault or "truncate" in fault:
        return _BrokenResponse(body, kind, announce_length="truncate" in fault)
    return StreamingResponse(_bent(body, pad, fault.number("chunk-delay")), media_type=kind)


async def _bent(body: bytes | AsyncIterator[bytes], pad: int, pause: float | None) -> AsyncIterator[bytes]:
    pieces = [body] if isinstance(body, bytes) else body
    if isinstance(pieces, list):
        for piece in pieces:
            yield piece
    else:
        async for piece in pieces:
            yield piece
            if pause:
                await asyncio.sleep(pause)
    if pad:
        yield b"\0" * pad


class _BrokenResponse(Response):
    """Sends the headers and half the body, then drops the connection (uvicorn closes it on the error)."""

    def __init__(self, body: bytes | AsyncIterator[bytes], kind: str, *, announce_length: bool) -> None:
        super().__init__(b"", media_type=kind)
        self._source, self._announce = body, announce_length

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        data = self._source if isinstance(self._source, bytes) else b"".join([piece async for piece in self._source])
        headers = [(b"content-type", self.media_type.encode() if self.media_type else b"application/octet-stream")]
        if self._announce:
            headers.append((b"content-length", str(len(data)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": data[: len(data) // 2], "more_body": True})
        raise InjectedDisconnectError


class InjectedDisconnectError(Exception):
    """Raised on purpose to make the server drop a connection mid-body."""
