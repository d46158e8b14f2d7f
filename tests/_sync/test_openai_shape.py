# Generated from tests/_async/test_openai_shape.py by `python -m generator unasync`; do not edit.
"""openai-python's shape on the client: ``client.audio.speech.create`` and ``with_streaming_response``, over the same
routing, validation and errors; keys and base URLs as openai-python takes them. (The programs written against
``openai`` that run with only their import changed are in tests/test_openai_programs.py.)

The async source of tests/_sync/test_openai_shape.py (``python -m generator unasync``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tts_sdk import TTS, MissingAPIKeyError, OpenAI, UnsupportedParameterError
from tts_sdk.server import running

from tests._loopback import LoopbackServer, closed_port


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running(require_key="sk-local") as url:
        yield url


def test_the_openai_shape_has_the_same_routing_validation_and_errors(base: str) -> None:
    with OpenAI(api_key="sk-local", base_url=f"{base}/v1") as client:
        aiml = client.audio.speech.create(model="inworld/tts-1-max", input="Hello there.", voice="Alex")
        assert aiml.format == "wav" and aiml.duration
        with pytest.raises(UnsupportedParameterError, match="does not take `speed`"):
            client.audio.speech.create(model="inworld/tts-1-max", input="Hi", voice="Alex", speed=1.2)
        whole = client.audio.speech.create(model="tts-1", input="Hi.", voice="ash")
        chunks = list(whole.iter_bytes(100))
        assert b"".join(chunks) == whole.read() == whole.content and {len(chunk) for chunk in chunks[:-1]} == {100}
        with client.audio.speech.with_streaming_response.create(
            model="tts-1", input="Hello there.", voice="alloy", response_format="wav"
        ) as response:
            assert (response.read())[:4] == b"RIFF"


def test_api_key_is_the_openai_key_unless_base_url_names_one_server(server: LoopbackServer) -> None:
    server.serve("/v1/tts", b"RIFF....", content_type="audio/wav")
    server.serve("/v1/audio/speech", b"ID3fake", content_type="audio/mpeg")
    with TTS(api_key="sk-one", base_url=server.base_url) as shared:  # one server: every provider uses it
        shared.audio.speech.create(model="openai/tts-1", input="Hi", voice="alloy")
        shared.audio.speech.create(model="tts-1", input="Hi", voice="alloy")
    assert [seen.headers["Authorization"] for seen in server.seen] == ["Bearer sk-one", "Bearer sk-one"]
    with TTS(api_key="sk-openai", aiml_base_url="https://api.aimlapi.com") as client:
        assert "openai" in repr(client) and "sk-openai" not in repr(client)
        with pytest.raises(MissingAPIKeyError, match="aiml"):  # an OpenAI key is never sent to another API
            client.audio.speech.create(model="openai/tts-1", input="Hi", voice="alloy")


def test_arguments_beat_environment_variables(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.serve("/v1/audio/speech", b"ID3fake", content_type="audio/mpeg")
    dead = f"http://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("OPENAI_BASE_URL", f"{dead}/v1")
    monkeypatch.setenv("AIMLAPI_BASE_URL", dead)
    with TTS(base_url=server.base_url, openai_api_key="k") as client:
        client.speech.create(model="tts-1", text="Hi", voice="alloy")
    assert server.seen[-1].path == "/v1/audio/speech"
