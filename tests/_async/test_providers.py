"""Every API of the catalog in its own shape, over real sockets: keys in each API's header and scheme and only to its
own host, words in path, query and body, what a bad value or answer gives, each API's error body read as a typed
error, streams and events through the embedded server. Read from the catalog: an API added to specs/specs.toml is
covered unchanged.

The async source of tests/_sync/test_providers.py (``python -m generator unasync``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import tts_sdk
from tts_sdk import AsyncTTS
from tts_sdk._core._catalog import ApiInfo, SpecInfo, apis, specs
from tts_sdk._core._vocabulary import build_request
from tts_sdk.server import running

from tests._catalog import filled, model_of, route_of, seen_parts, voice_of
from tests._loopback import LoopbackServer, loopback_server

KEY = "sk-provider-SECRET-0123"
TEXT = "The quick brown fox jumps over the lazy dog. It was a sunny day."


def first_spec(api: str) -> SpecInfo:
    return next(spec for spec in specs() if spec.api == api)


def words(spec: SpecInfo, **extra: Any) -> dict[str, Any]:
    """A call of ``spec``'s create operation in the facade's words (a voice where it takes one)."""
    return {"model": model_of(spec), "text": "Hi there.", "voice": voice_of(spec) if spec.fields.get("voice") else None,
            "provider": spec.api, **extra}  # fmt: skip


def serve_audio(server: LoopbackServer, spec: SpecInfo, call: dict[str, Any], role: str = "create") -> None:
    parts = build_request(spec, call["model"], {k: call.get(k) for k in ("text", "voice", "format")}, None, role=role)
    server.serve(filled(route_of(spec, role), parts), b"RIFF" + b"\0" * 60, content_type="audio/wav")


API_NAMES = list(apis())


def at(server: LoopbackServer, api: str) -> str:
    """The base URL an API has on ``server``: its public base URL's path there (OpenAI's ``/v1``)."""
    return server.base_url + urlsplit(apis()[api].base_url).path.rstrip("/")


#: Specs whose voice is a path parameter (ElevenLabs' ``/v1/text-to-speech/{voice_id}``).
PATH_VOICES = [spec for spec in specs() if str(spec.fields.get("voice") or "").startswith("path:")]
#: Specs with a format field among the query parameters (ElevenLabs' ``output_format``, Deepgram's ``encoding``).
QUERY_FORMATS = [spec for spec in specs() if any(path.startswith("query:") for path in spec.format_fields)]
#: Specs with a streaming operation of their own, and specs with events.
STREAMED = [spec for spec in specs() if "stream" in spec.operations]
EVENTS = [spec for spec in specs() if "events" in spec.operations]


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(require_key=KEY) as url:
        yield url


@pytest.mark.anyio
@pytest.mark.parametrize("name", API_NAMES)
async def test_each_key_goes_only_to_its_own_host_in_its_own_header(
    name: str, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The API's key, from its own argument or environment variable, in its header and scheme, to its own base URL;
    every other provider points at a second host that must see nothing."""
    spec = first_spec(name)
    api = apis()[name]
    call = words(spec)
    serve_audio(server, spec, call)
    with loopback_server("127.0.0.2") as elsewhere:
        others = {f"{other}_base_url": at(elsewhere, other) for other in API_NAMES if other != name}
        monkeypatch.setenv(api.key_env, KEY)
        async with AsyncTTS(**{f"{name}_base_url": at(server, name)}, **others) as client:  # type: ignore[arg-type]
            await client.speech.create(**call)
        assert elsewhere.seen == []
    (seen,) = server.seen
    assert seen.headers[api.auth.header] == api.auth.value(KEY)
    others_headers = {other.auth.header.lower() for other in apis().values()} - {api.auth.header.lower()}
    assert not others_headers & {header.lower() for header in seen.headers}
    assert KEY not in seen.path


@pytest.mark.anyio
@pytest.mark.parametrize("spec", PATH_VOICES, ids=lambda spec: spec.name)
async def test_a_voice_with_slash_or_question_mark_stays_in_its_path_segment(
    spec: SpecInfo, server: LoopbackServer
) -> None:
    call = words(spec, voice="a/b?c=d#e")
    serve_audio(server, spec, call)
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client:
        await client.speech.create(**call)
    (seen,) = server.seen
    assert "a%2Fb%3Fc%3Dd%23e" in seen.path and "c=d" not in seen.path.partition("?")[2]
    assert seen_parts(spec, seen).get(str(spec.fields["voice"])) == "a/b?c=d#e"


@pytest.mark.anyio
@pytest.mark.parametrize("spec", QUERY_FORMATS, ids=lambda spec: spec.name)
async def test_a_format_value_the_spec_lacks_is_refused_before_sending(spec: SpecInfo, server: LoopbackServer) -> None:
    located = next(path for path in spec.format_fields if path.startswith("query:"))
    name = located.split(":", 1)[1]
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client:
        with pytest.raises(tts_sdk.PayloadValidationError, match=rf"\$\.{name} in query"):
            await client.speech.create(**words(spec), extra_query={name: "no-such-format"})
        with pytest.raises(tts_sdk.UnsupportedParameterError, match="does not offer format"):
            await client.speech.create(**words(spec, format="aiff"))
    assert server.seen == []


@pytest.mark.anyio
@pytest.mark.parametrize("spec", [spec for spec in specs() if spec.operations["create"].parameters.get("query")],
                         ids=lambda spec: spec.name)  # fmt: skip
async def test_extra_query_reaches_the_query(spec: SpecInfo, server: LoopbackServer) -> None:
    call = words(spec)
    serve_audio(server, spec, call)
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client:
        await client.speech.create(**call, extra_query={"tts_sdk_extra": "yes", "flag": True})
    sent = seen_parts(spec, server.seen[0])
    assert sent.query["tts_sdk_extra"] == "yes" and sent.query["flag"] == "true"


@pytest.mark.anyio
@pytest.mark.parametrize("name", [name for name, api in apis().items() if api.answer == "audio"])
async def test_an_answer_that_is_not_audio_is_a_typed_error(name: str, server: LoopbackServer) -> None:
    spec = first_spec(name)
    call = words(spec)
    parts = build_request(spec, call["model"], {"text": call["text"], "voice": call["voice"]}, None)
    server.serve_json(filled(route_of(spec), parts), {})  # Deepgram's spec declares its audio answer so
    async with AsyncTTS(base_url=server.base_url, api_key=KEY, max_retries=0) as client:
        with pytest.raises(tts_sdk.APIResponseValidationError, match="instead of audio"):
            await client.speech.create(**call)


def error_body(api: ApiInfo, message: str) -> Any:
    """The API's error body (its table's template) holding ``message``."""
    text = json.dumps(api.error)
    for name, value in {"message": message, "type": "invalid_request_error", "code": "bad", "status": 400,
                        "param": None, "request_id": "req-1"}.items():  # fmt: skip
        text = text.replace(f'"{{{name}}}"', json.dumps(value))
    return json.loads(text)


@pytest.mark.anyio
@pytest.mark.parametrize("name", API_NAMES)
async def test_each_apis_error_body_becomes_a_typed_error_with_its_message(name: str, server: LoopbackServer) -> None:
    spec = first_spec(name)
    api = apis()[name]
    call = words(spec)
    parts = build_request(spec, call["model"], {"text": call["text"], "voice": call["voice"]}, None)
    server.serve_json(filled(route_of(spec), parts), error_body(api, "the voice is unknown here"), status=400)
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client:
        with pytest.raises(tts_sdk.BadRequestError, match="the voice is unknown here") as raised:
            await client.speech.create(**call)
    assert KEY not in str(raised.value) and KEY not in repr(raised.value.body)


@pytest.mark.anyio
async def test_fastapi_validation_details_are_read(server: LoopbackServer) -> None:
    """A 422 whose ``detail`` is FastAPI's list (ElevenLabs' validation errors): every location and message."""
    spec = next(spec for spec in specs() if spec.api == "openai")
    server.serve_json("/v1/audio/speech", {"detail": [{"loc": ["body", "text"], "msg": "field required"}]}, status=422)
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client:
        with pytest.raises(tts_sdk.UnprocessableEntityError, match=r"body\.text: field required"):
            await client.speech.create(**words(spec))


@pytest.mark.anyio
@pytest.mark.parametrize("spec", STREAMED, ids=lambda spec: spec.name)
async def test_stream_uses_the_streaming_operation(spec: SpecInfo, server: LoopbackServer) -> None:
    call = words(spec)
    serve_audio(server, spec, call, role="stream")
    async with AsyncTTS(base_url=server.base_url, api_key=KEY) as client, client.speech.stream(**call) as stream:
        assert (await stream.read()).startswith(b"RIFF")
    (seen,) = server.seen
    assert seen.path.partition("?")[0] == filled(route_of(spec, "stream"), seen_parts(spec, seen, "stream"))


@pytest.mark.anyio
@pytest.mark.parametrize("spec", STREAMED + EVENTS, ids=lambda spec: spec.name)
async def test_every_stream_and_event_stream_through_the_server_is_speech(base: str, spec: SpecInfo) -> None:
    call = words(spec, text=TEXT)
    async with AsyncTTS(base_url=base, api_key=KEY) as client:
        async with client.speech.stream(**call) as stream:
            audio = await stream.read()
        assert len(audio) > 10_000, spec.name
        if "events" in spec.operations:
            chunks, done = b"", None
            async for event in client.speech.events(**{**call, "model": model_of(spec)}):
                if isinstance(event, tts_sdk.SpeechAudioDelta):
                    chunks += event.audio
                else:
                    done = event
            assert done is not None and len(chunks) > 10_000


@pytest.mark.anyio
@pytest.mark.parametrize("name", API_NAMES)
async def test_the_server_refuses_a_missing_or_wrong_key_in_the_apis_own_shape(base: str, name: str) -> None:
    spec = first_spec(name)
    async with AsyncTTS(base_url=base, api_key="sk-wrong", max_retries=0) as client:
        with pytest.raises(tts_sdk.AuthenticationError, match="invalid API key") as raised:
            await client.speech.create(**words(spec))
    template_keys = set(apis()[name].error)
    assert isinstance(raised.value.body, dict) and template_keys <= set(raised.value.body)
