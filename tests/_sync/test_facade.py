# Generated from tests/_async/test_facade.py by `python -m generator unasync`; do not edit.
"""The client over real HTTP on 127.0.0.1: routing, vocabulary, results, errors, secrets, when a call is sent.

The async source of tests/_sync/test_facade.py (``python -m generator unasync``): every test runs in both flavours.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import tts_sdk
from tts_sdk import TTS
from tts_sdk.models import OpenaiSpeechCustomVoice, OpenaiTts1Request

from tests._loopback import LoopbackServer, closed_port, loopback_server

KEY = "sk-aiml-SECRET-0123456789"
MP3 = b"ID3\x04\x00fake-mp3-frames" * 10
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 40


@pytest.fixture
def other_host() -> Iterator[LoopbackServer]:
    """A second server on another loopback address: a different host for redirects."""
    with loopback_server("127.0.0.2") as running:
        yield running


def aiml_link(server: LoopbackServer, *, documented: bool = True, path: str = "/files/a.mp3") -> None:
    server.serve(path, MP3, content_type="audio/mpeg")
    audio: Any = {"url": server.url(path)} if documented else server.url(path)
    body = {"audio": audio, "meta": {"usage": {"credits_used": 120, "usd_spent": 0.06}}}
    server.serve("/v1/tts", json.dumps(body).encode(), headers={"x-request-id": "req-42"})


def client(server: LoopbackServer, **options: Any) -> TTS:
    return TTS(aiml_api_key=KEY, openai_api_key=KEY, onerouter_api_key=KEY, base_url=server.base_url, **options)


def test_aiml_documented_response_downloads_the_audio_without_the_key(server: LoopbackServer) -> None:
    aiml_link(server)
    with client(server) as tts:
        audio = tts.speech.create(model="openai/tts-1", text="Hello", voice="coral", format="mp3")
    assert audio.content == MP3 and audio.content_type == "audio/mpeg" and audio.format == "mp3"
    assert audio.url == server.url("/files/a.mp3") and audio.request_id == "req-42"
    assert audio.usage == tts_sdk.Usage(120.0, 0.06)
    api, download = server.seen
    assert (api.method, api.path) == ("POST", "/v1/tts")
    assert api.headers["Authorization"] == f"Bearer {KEY}"
    assert api.json() == {"model": "openai/tts-1", "text": "Hello", "voice": "coral", "response_format": "mp3"}
    assert (download.method, download.path) == ("GET", "/files/a.mp3")
    assert "Authorization" not in download.headers


def test_aiml_declared_string_form_and_wav_bytes(server: LoopbackServer) -> None:
    aiml_link(server, documented=False)
    with client(server) as tts:
        assert (tts.speech.create(model="openai/tts-1-hd", text="Hi")).content == MP3
        server.serve("/v1/tts", WAV, content_type="audio/wav")
        audio = tts.speech.create(model="inworld/tts-1-max", text="Hi", voice="Maitê", format="wav")
    assert audio.content == WAV and audio.format == "wav" and audio.url is None
    assert server.seen[-1].json() == {"model": "inworld/tts-1-max", "text": "Hi", "voice": "Maitê", "format": "wav"}


def test_a_parameter_the_model_lacks_is_an_error_and_nothing_is_sent(server: LoopbackServer) -> None:
    with client(server) as tts:
        with pytest.raises(tts_sdk.UnsupportedParameterError) as raised:
            tts.speech.create(model="inworld/tts-1-max", text="Hi", speed=1.5)  # type: ignore[arg-type]
    message = str(raised.value)
    assert "'inworld/tts-1-max' does not take `speed`" in message and "It takes: text, voice, format" in message
    assert server.seen == []


def test_values_are_validated_before_sending(server: LoopbackServer) -> None:
    with client(server) as tts:
        with pytest.raises(tts_sdk.PayloadValidationError) as raised:
            tts.speech.create(model="openai/tts-1", text="Hi", voice="robot", speed=9)  # type: ignore[arg-type]
    assert [problem.path for problem in raised.value.problems] == ["$.voice", "$.speed"]
    assert server.seen == []


def test_openai_vocabulary_custom_voices_and_any_model(server: LoopbackServer) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    with client(server) as tts:
        audio = tts.speech.create(
            model="gpt-4o-mini-tts", text="Hi", voice="coral", format="opus", instructions="Speak softly", speed=1.25
        )
        tts.speech.create(model="my-fine-tune", text="Hi", voice={"id": "voice_1234"}, provider="openai")
        tts.speech.create(model="tts-1", text="Hi", voice=OpenaiSpeechCustomVoice(id="voice_9"))
    assert audio.format == "mp3"  # what the server says it sent wins over what was asked
    bodies = [seen.json() for seen in server.seen]
    assert bodies[0] == {
        "model": "gpt-4o-mini-tts",
        "input": "Hi",
        "voice": "coral",
        "response_format": "opus",
        "instructions": "Speak softly",
        "speed": 1.25,
    }
    assert bodies[1]["voice"] == {"id": "voice_1234"} and bodies[2]["voice"] == {"id": "voice_9"}
    assert all(seen.headers["Authorization"] == f"Bearer {KEY}" for seen in server.seen)


def test_onerouter_sends_the_raw_key(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.serve("/router/v1/audio/speech", MP3, content_type="audio/mpeg")
    monkeypatch.setenv("ONEROUTER_API_KEY", "or-key-123")
    monkeypatch.setenv("ONEROUTER_BASE_URL", server.url("/router/v1"))
    with TTS(provider="onerouter") as tts:
        tts.speech.create(model="openai/tts-1", text="Hi", voice="alloy")
    (seen,) = server.seen
    assert seen.path == "/router/v1/audio/speech" and seen.headers["Authorization"] == "or-key-123"
    assert seen.json()["input"] == "Hi"


def test_custom_provider_and_environment_configuration(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    aiml_link(server)
    monkeypatch.setenv("AIMLAPI_API_KEY", "env-key")
    monkeypatch.setenv("AIMLAPI_BASE_URL", server.base_url)
    with TTS() as tts:
        tts.speech.create(model="openai/tts-1", text="Hi")
    assert server.seen[0].headers["Authorization"] == "Bearer env-key"
    server.serve("/custom/audio/speech", MP3, content_type="audio/mpeg")
    router = tts_sdk.Provider("mine", "openai", server.url("/custom"), auth="raw")
    with TTS(providers=[router], api_keys={"mine": "mine-key"}) as tts:
        tts.speech.create(model="x/voice-9", text="Hi", voice="v", provider="mine")
    assert server.seen[-1].headers["Authorization"] == "mine-key"


def test_generated_request_models_are_accepted(server: LoopbackServer) -> None:
    aiml_link(server)
    request = OpenaiTts1Request(text="Typed", voice="nova")  # the one model it serves is filled in
    with client(server) as tts:
        assert (tts.speech.create(request=request)).content == MP3
        with pytest.raises(tts_sdk.UnsupportedParameterError, match="is a aiml request"):
            tts.speech.create(request=request, provider="openai")
        with pytest.raises(tts_sdk.UnsupportedParameterError, match="not both"):
            tts.speech.create(request=request, text="again")  # type: ignore[call-overload]
    assert server.seen[0].json()["voice"] == "nova"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, tts_sdk.BadRequestError),
        (401, tts_sdk.AuthenticationError),
        (403, tts_sdk.PermissionDeniedError),
        (404, tts_sdk.NotFoundError),
        (409, tts_sdk.ConflictError),
        (422, tts_sdk.UnprocessableEntityError),
        (429, tts_sdk.RateLimitError),
        (500, tts_sdk.InternalServerError),
        (503, tts_sdk.InternalServerError),
    ],
)
def test_status_errors_are_typed_and_never_show_the_key(server: LoopbackServer, status: int, error: type) -> None:
    body = {"error": {"message": f"failure {status}", "type": "x", "param": None, "code": None}}
    server.serve("/v1/audio/speech", json.dumps(body).encode(), status=status, headers={"x-request-id": "r-1"})
    with client(server, max_retries=0) as tts:
        with pytest.raises(error) as raised:
            tts.speech.create(model="tts-1", text="Hi", voice="alloy")
    exc = raised.value
    assert isinstance(exc, tts_sdk.APIStatusError) and isinstance(exc, tts_sdk.TTSError)
    assert (exc.status_code, exc.body, exc.request_id) == (status, body, "r-1")
    assert f"HTTP {status}" in str(exc) and f"failure {status}" in str(exc)
    rendered = str(exc) + repr(exc) + "".join(traceback.format_exception(exc))
    assert KEY not in rendered


def test_connection_refused_and_timeouts() -> None:
    refused = TTS(aiml_api_key=KEY, base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0)
    with refused as tts:
        with pytest.raises(tts_sdk.APIConnectionError, match=r"connection to http://127\.0\.0\.1:.*/v1/tts failed"):
            tts.speech.create(model="openai/tts-1", text="Hi")
    with loopback_server() as slow:
        slow.slow("/v1/tts", 3.0)
        with TTS(aiml_api_key=KEY, base_url=slow.base_url, timeout=0.3, max_retries=0) as tts:
            with pytest.raises(tts_sdk.APITimeoutError):
                tts.speech.create(model="openai/tts-1", text="Hi")
        with TTS(aiml_api_key=KEY, base_url=slow.base_url, max_retries=0) as tts:
            with pytest.raises(tts_sdk.APITimeoutError):
                tts.speech.create(model="openai/tts-1", text="Hi", timeout=0.3)


def test_default_timeouts() -> None:
    options = TTS(aiml_api_key=KEY)._options
    assert (options.timeout.connect, options.timeout.read) == (5.0, 600.0)


def test_html_page_with_status_200_is_not_audio(server: LoopbackServer) -> None:
    server.serve("/v1/audio/speech", b"<html><body>Login</body></html>", content_type="text/html")
    with client(server) as tts:
        with pytest.raises(tts_sdk.APIResponseValidationError, match="text/html instead of audio"):
            tts.speech.create(model="tts-1", text="Hi", voice="alloy")


def test_aiml_json_without_audio_url(server: LoopbackServer) -> None:
    server.serve_json("/v1/tts", {"status": "ok"})
    with client(server) as tts:
        with pytest.raises(tts_sdk.APIResponseValidationError, match="without an audio URL"):
            tts.speech.create(model="openai/tts-1", text="Hi")


def test_audio_url_errors(server: LoopbackServer) -> None:
    server.serve_json("/v1/tts", {"audio": {"url": server.url("/gone.mp3")}})
    with client(server) as tts:
        with pytest.raises(tts_sdk.AudioDownloadError, match="HTTP 404"):
            tts.speech.create(model="openai/tts-1", text="Hi")
    server.serve_json("/v1/tts", {"audio": {"url": "http://example.com/a.mp3"}})
    with client(server) as tts:
        with pytest.raises(tts_sdk.AudioDownloadError, match="https only"):
            tts.speech.create(model="openai/tts-1", text="Hi")


def test_audio_redirect_to_another_host_never_carries_credentials(
    server: LoopbackServer, other_host: LoopbackServer
) -> None:
    other_host.serve("/cdn/a.mp3", MP3, content_type="audio/mpeg")
    server.redirect("/files/a.mp3", other_host.url("/cdn/a.mp3"))
    server.serve_json("/v1/tts", {"audio": {"url": server.url("/files/a.mp3")}})
    leaky = httpx.Client(headers={"Authorization": f"Bearer {KEY}", "Cookie": "session=1"})
    with client(server, http_client=leaky) as tts:
        assert (tts.speech.create(model="openai/tts-1", text="Hi")).content == MP3
    leaky.close()
    (hop,) = other_host.seen
    assert "Authorization" not in hop.headers and "Cookie" not in hop.headers
    assert "Authorization" not in server.seen[1].headers


def test_size_limit(server: LoopbackServer) -> None:
    aiml_link(server)
    with client(server, max_audio_bytes=150) as tts:
        with pytest.raises(tts_sdk.AudioDownloadError, match="150-byte limit"):
            tts.speech.create(model="openai/tts-1", text="Hi")
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    with client(server, max_audio_bytes=150) as tts:
        with pytest.raises(tts_sdk.APIResponseValidationError):
            tts.speech.create(model="tts-1", text="Hi", voice="alloy")


def test_missing_key_is_named_before_any_request() -> None:
    with TTS(base_url="https://api.example.invalid") as tts:
        with pytest.raises(tts_sdk.MissingAPIKeyError) as raised:
            tts.speech.create(model="openai/tts-1", text="Hi")
    assert "aiml_api_key" in str(raised.value) and "AIMLAPI_API_KEY" in str(raised.value)


def test_the_key_never_reaches_repr_or_logs(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    aiml_link(server)
    caplog.set_level(logging.DEBUG)
    tts = client(server)
    tts.speech.create(model="openai/tts-1", text="Hi", extra_headers={"X-Trace": "t-1"})
    assert KEY not in repr(tts) and "key=set" in repr(tts)
    assert KEY not in caplog.text and "POST " in caplog.text
    assert server.seen[0].headers["X-Trace"] == "t-1"
    tts.close()


def test_save_is_atomic(tmp_path: Path, server: LoopbackServer) -> None:
    aiml_link(server)
    with client(server) as tts:
        audio = tts.speech.create(model="openai/tts-1", text="Hi")
    target = audio.save(tmp_path / "out" / "hello.mp3")
    assert target.read_bytes() == MP3
    assert sorted(path.name for path in target.parent.iterdir()) == ["hello.mp3"]


def test_proxies_from_the_environment_are_honoured(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """With HTTP_PROXY set the request goes through the proxy (here the loopback server, seeing absolute URLs)."""
    target = "http://127.0.0.3:9/v1/audio/speech"
    server.serve(target, MP3, content_type="audio/mpeg")
    monkeypatch.setenv("HTTP_PROXY", server.base_url)
    with TTS(base_url="http://127.0.0.3:9", openai_api_key=KEY) as tts:
        assert (tts.speech.create(model="tts-1", text="Hi", voice="alloy")).content == MP3
    assert server.seen[0].path == target


def test_a_call_is_checked_at_once_and_sent_when_its_result_is_first_needed(server: LoopbackServer) -> None:
    """The same moments in both flavours: mistakes surface at the call; ``stream`` sends when entered or read,
    ``events`` on the first iteration (an iterator never iterated sends nothing and leaves nothing behind)."""
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    with client(server) as tts:
        with pytest.raises(tts_sdk.UnsupportedParameterError):
            tts.speech.stream(model="inworld/tts-1-max", text="Hi", speed=2.0)  # type: ignore[arg-type]
        with pytest.raises(tts_sdk.PayloadValidationError):
            tts.speech.events(model="gpt-4o-mini-tts", text="Hi", voice=5)  # type: ignore[arg-type]
        with pytest.raises(tts_sdk.UnsupportedParameterError, match="streams no events"):
            tts.speech.events(model="tts-1", text="Hi", voice="alloy")  # type: ignore[arg-type]
        stream = tts.speech.stream(model="tts-1", text="Hi", voice="alloy")
        events = tts.speech.events(model="gpt-4o-mini-tts", text="Hi", voice="alloy")
        assert server.seen == [] and stream.closed and stream.content_type is None
        with stream:
            assert len(server.seen) == 1 and stream.content_type == "audio/mpeg"
            assert stream.read() == MP3
        with pytest.raises(tts_sdk.APIResponseValidationError, match="instead of text/event-stream"):
            for _ in events:
                pass
        assert len(server.seen) == 2


def test_every_error_of_the_constructor_is_a_tts_error() -> None:
    with pytest.raises(tts_sdk.ConfigurationError, match="single line"):
        TTS(openai_api_key="sk-abc\nX-Injected: 1")
    with pytest.raises(tts_sdk.ConfigurationError, match="unknown provider 'nowhere'"):
        TTS(provider="nowhere")
    with pytest.raises(tts_sdk.ConfigurationError, match="api must be"):
        tts_sdk.Provider("mine", "grpc", "https://example.com")
    with pytest.raises(tts_sdk.ConfigurationError, match="port out of range"):
        TTS(base_url="http://127.0.0.1:99999")
    with TTS(openai_api_key=KEY) as tts:
        with pytest.raises(tts_sdk.ConfigurationError, match="unknown provider 'nowhere'"):
            tts.speech.create(model="tts-1", text="Hi", voice="alloy", provider="nowhere")


def test_a_closed_client_sends_nothing(server: LoopbackServer) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    tts = client(server)
    tts.close()
    with pytest.raises(tts_sdk.ClientClosedError):
        tts.speech.create(model="tts-1", text="Hi", voice="alloy")
    assert server.seen == []
