"""The exchange core as pure functions: every branch driven with recorded answers, no sockets, milliseconds."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import tts_sdk
from tts_sdk._core._call import SpeechCall
from tts_sdk._core._catalog import spec_for_model
from tts_sdk._core._decoding import BodyDecoder, TooLargeError
from tts_sdk._core._events import EventParser
from tts_sdk._core._exchange import Close, Read, Resolve, Send, Sleep, speech_flow
from tts_sdk._core._providers import Endpoint, Provider, Secret
from tts_sdk._core._schema import Parts
from tts_sdk._core._urls import DownloadPolicy
from tts_sdk._errors import quoted

API = "https://api.example.com/v1/tts"


class Canned:
    """An answer as a driver would hand it over."""

    def __init__(self, status: int, headers: dict[str, str], body: bytes = b"", url: str = API) -> None:
        self.status, self.headers, self.body, self.url = status, httpx.Headers(headers), body, url


def plan(
    *, api: str = "aiml", local: bool = False, allowed: frozenset[str] = frozenset(), retries: int = 2
) -> SpeechCall:
    """A call as ``speech_call`` builds it, to https://api.example.com, with a key."""
    provider = Provider("test", "aiml" if api == "aiml" else "openai", "https://api.example.com")
    model = "openai/tts-1" if api == "aiml" else "tts-1"
    return SpeechCall(
        endpoint=Endpoint(provider, "https://api.example.com", Secret("sk-core-secret")),
        spec=spec_for_model(model),
        role="create",
        model=model,
        parts=Parts(),
        headers={"Content-Type": "application/json"},
        timeout=httpx.Timeout(5.0),
        max_retries=retries,
        limit=1024 * 1024,
        downloads=DownloadPolicy(local_api=local, allowed_hosts=allowed),
    )


#: What the resolver answers in these tests: a public address (example.com's).
PUBLIC = ["93.184.216.34"]


def run(
    flow: Any, answer_for: Callable[[Send], Canned], addresses: Callable[[str], list[str]] = lambda _: PUBLIC
) -> tuple[Any, list[object]]:
    """Drive a flow: each Send gets ``answer_for(step)``, Reads get the body, Resolves ``addresses(host)``;
    return the outcome and the steps."""
    steps: list[object] = []
    value: Any = None
    while True:
        try:
            step = flow.send(value)
        except StopIteration as done:
            return done.value, steps
        steps.append(step)
        if isinstance(step, Resolve):
            value = addresses(step.host)
        elif isinstance(step, Send):
            value = answer_for(step)
        elif isinstance(step, Read):
            body = step.answer.body  # type: ignore[attr-defined]
            value = body if len(body) <= step.limit else (body[: step.limit] if step.truncate else None)
        else:
            value = None


def audio(_: Send) -> Canned:
    return Canned(200, {"content-type": "audio/mpeg"}, b"ID3audio")


def aiml(link: str, then: Callable[[Send], Canned]) -> Callable[[Send], Canned]:
    def answer(step: Send) -> Canned:
        if step.method == "POST":
            return Canned(200, {"content-type": "application/json"}, json.dumps({"audio": {"url": link}}).encode())
        return then(step)

    return answer


def test_audio_comes_back_whole() -> None:
    outcome, steps = run(speech_flow(plan()), audio)
    assert outcome.content == b"ID3audio" and [type(step) for step in steps] == [Send, Read]


def test_the_key_travels_as_a_secret_until_the_wire() -> None:
    _, steps = run(speech_flow(plan()), audio)
    send = steps[0]
    assert isinstance(send, Send) and "sk-core-secret" not in repr(send) and "sk-core-secret" not in str(send.headers)
    assert send.wire_headers()["Authorization"] == "Bearer sk-core-secret"


def test_5xx_is_retried_after_a_backoff() -> None:
    answers = iter([Canned(503, {}, b"busy"), Canned(200, {"content-type": "audio/wav"}, b"RIFF")])
    outcome, steps = run(speech_flow(plan()), lambda _: next(answers))
    assert outcome.content == b"RIFF"
    sleeps = [step for step in steps if isinstance(step, Sleep)]
    assert len(sleeps) == 1 and 0.3 < sleeps[0].seconds <= 0.5
    assert any(isinstance(step, Close) for step in steps)  # the failed answer was let go


def test_retry_after_zero_means_now() -> None:
    answers = iter([Canned(429, {"retry-after": "0"}, b"{}"), Canned(200, {"content-type": "audio/wav"}, b"RIFF")])
    _, steps = run(speech_flow(plan()), lambda _: next(answers))
    assert not [step for step in steps if isinstance(step, Sleep)]
    assert len([step for step in steps if isinstance(step, Send)]) == 2


def test_retry_after_beyond_a_minute_is_raised_at_once() -> None:
    with pytest.raises(tts_sdk.RateLimitError) as caught:
        run(speech_flow(plan()), lambda _: Canned(429, {"retry-after": "3600"}, b'{"error": {"message": "slow"}}'))
    assert caught.value.retry_after == 3600 and "retry after 3600 s" in str(caught.value)


def test_a_loopback_link_from_a_public_api_is_refused() -> None:
    with pytest.raises(tts_sdk.AudioDownloadError, match="allow_download_hosts"):
        run(speech_flow(plan()), aiml("http://127.0.0.1:8080/admin", audio))


@pytest.mark.parametrize("host", ["10.0.0.5", "169.254.169.254", "[::1]", "localhost", "[::ffff:127.0.0.1]"])
def test_private_and_metadata_hosts_are_refused(host: str) -> None:
    with pytest.raises(tts_sdk.AudioDownloadError, match="private"):
        run(speech_flow(plan()), aiml(f"https://{host}/a.mp3", audio))


def test_a_redirect_to_loopback_is_refused_at_that_hop() -> None:
    def hop(step: Send) -> Canned:
        if "cdn.example.com" in step.url:
            return Canned(302, {"location": "http://127.0.0.1/secret"}, url=step.url)
        return audio(step)

    with pytest.raises(tts_sdk.AudioDownloadError, match=r"127\.0\.0\.1"):
        run(speech_flow(plan()), aiml("https://cdn.example.com/a.mp3", hop))


def test_allowed_hosts_and_a_local_api_may_fetch_from_private_hosts() -> None:
    outcome, _ = run(speech_flow(plan(allowed=frozenset({"10.1.2.3"}))), aiml("http://10.1.2.3/a.mp3", audio))
    assert outcome.content == b"ID3audio" and outcome.link == "http://10.1.2.3/a.mp3"
    outcome, _ = run(speech_flow(plan(local=True)), aiml("http://127.0.0.2:9/a.mp3", audio))
    assert outcome.content == b"ID3audio"


def test_downloads_carry_no_credentials() -> None:
    _, steps = run(speech_flow(plan()), aiml("https://cdn.example.com/a.mp3", audio))
    download = next(step for step in steps if isinstance(step, Send) and step.method == "GET")
    assert download.secret is None and not download.to_api and "Authorization" not in download.wire_headers()


def test_an_html_page_from_the_audio_url_is_an_audio_download_error() -> None:
    page = aiml("https://cdn.example.com/a.mp3", lambda step: Canned(200, {"content-type": "text/html"}, b"<html>"))
    with pytest.raises(tts_sdk.AudioDownloadError, match="text/html instead of audio"):
        run(speech_flow(plan()), page)


@pytest.mark.parametrize("location", ["", "   ", "http://[::1"])
def test_a_bad_redirect_is_an_audio_download_error(location: str) -> None:
    bad = aiml("https://cdn.example.com/a.mp3", lambda step: Canned(302, {"location": location}, url=step.url))
    with pytest.raises(tts_sdk.AudioDownloadError):
        run(speech_flow(plan()), bad)


def test_stacked_encodings_are_bounded_as_they_decode() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * (64 * 1024 * 1024)))
    assert len(bomb) < 100_000
    decoder = BodyDecoder({"content-encoding": "gzip, gzip"}, 1024 * 1024, API)
    with pytest.raises(TooLargeError):
        decoder.decode_all(bomb)
    with pytest.raises(tts_sdk.APIResponseValidationError, match="1048576-byte limit"):
        run(
            speech_flow(plan()),
            lambda _: Canned(200, {"content-type": "audio/wav", "content-encoding": "gzip, gzip"}, bomb),
        )


def test_an_unknown_encoding_is_named() -> None:
    with pytest.raises(tts_sdk.APIResponseValidationError, match="'zstd'"):
        BodyDecoder({"content-encoding": "zstd"}, 100, API)


def test_error_bodies_are_quoted_short_and_on_one_line() -> None:
    huge = "line one\nline two\r\n" * 300_000
    with pytest.raises(tts_sdk.InternalServerError) as caught:
        run(speech_flow(plan(retries=0)), lambda _: Canned(500, {"content-type": "text/plain"}, huge.encode()))
    message = str(caught.value)
    assert len(message) < 3000 and "\n" not in message and "\\n" in message


def test_quoted_escapes_control_characters() -> None:
    assert quoted("a\x1b[31mb") == "a\\x1b[31mb" and quoted("x" * 5000).endswith("(5,000 characters)")


def test_an_unknown_namespaced_id_names_the_closest_ones() -> None:
    with pytest.raises(tts_sdk.UnknownModelError, match="did you mean 'inworld/tts-1-max'"):
        spec_for_model("inworld/tts1-max")
    assert spec_for_model("my-fine-tuned-tts").api == "openai"  # plain ids go to OpenAI-style APIs


def _events(*bodies: dict[str, Any]) -> bytes:
    return b"".join(b"data: " + json.dumps(body, ensure_ascii=False).encode() + b"\n\n" for body in bodies)


DONE = {"type": "speech.audio.done", "usage": {"input_tokens": 1, "output_tokens": 2, "total_tokens": 3}}
DELTA = {"type": "speech.audio.delta", "audio": "aGk="}


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"])
def test_sse_takes_every_line_end_split_anywhere(newline: bytes) -> None:
    stream = _events(DELTA, DONE).replace(b"\n", newline)
    parser, events = EventParser(API), []
    for index in range(len(stream)):
        events += parser.feed(stream[index : index + 1])
    events += parser.close()
    assert [type(event).__name__ for event in events] == ["SpeechAudioDelta", "SpeechAudioDone"]


def test_sse_utf8_split_across_reads() -> None:
    stream = _events({"type": "speech.audio.delta", "audio": "aGk=", "note": "é✓"}, DONE)
    split = stream.index("é".encode()) + 1
    parser = EventParser(API)
    events = parser.feed(stream[:split]) + parser.feed(stream[split:]) + parser.close()
    assert len(events) == 2


def test_sse_invalid_bytes_missing_done_and_long_lines_are_stream_event_errors() -> None:
    with pytest.raises(tts_sdk.StreamEventError, match="not UTF-8"):
        EventParser(API).feed(b"data: \xff\xfe\n\n")
    parser = EventParser(API)
    parser.feed(_events(DELTA))
    with pytest.raises(tts_sdk.StreamEventError, match=r"without speech\.audio\.done"):
        parser.close()
    with pytest.raises(tts_sdk.StreamEventError, match="longer than 1024 bytes"):
        EventParser(API, max_line=1024).feed(b"data: " + b"a" * 2048)


def test_a_public_name_that_resolves_to_a_private_address_is_refused() -> None:
    with pytest.raises(tts_sdk.AudioDownloadError, match=r"rebind\.example\.com: it resolves to 127\.0\.0\.1"):
        run(speech_flow(plan()), aiml("https://rebind.example.com/a.mp3", audio), lambda _: ["127.0.0.1"])
    with pytest.raises(tts_sdk.AudioDownloadError, match=r"169\.254\.169\.254"):  # cloud metadata, link-local
        run(speech_flow(plan()), aiml("https://meta.example.com/a.mp3", audio), lambda _: ["169.254.169.254"])


def test_the_download_connects_to_the_address_it_checked() -> None:
    """One lookup, every address checked, the connection pinned to the public one: a second DNS answer (a
    rebinding) cannot move the request."""
    answers = iter([["10.0.0.5", "93.184.216.34"], ["127.0.0.1"]])
    _, steps = run(speech_flow(plan()), aiml("https://cdn.example.com/a.mp3", audio), lambda _: next(answers))
    lookups = [step for step in steps if isinstance(step, Resolve)]
    (download,) = [step for step in steps if isinstance(step, Send) and step.method == "GET"]
    assert [(step.host, step.port) for step in lookups] == [("cdn.example.com", 443)]
    assert download.connect_to == "93.184.216.34" and download.url == "https://cdn.example.com/a.mp3"


def test_each_redirect_hop_is_resolved_and_checked_again() -> None:
    hops = {"cdn.example.com": ["93.184.216.34"], "evil.example.net": ["192.168.1.1"]}

    def hop(step: Send) -> Canned:
        return Canned(302, {"location": "https://evil.example.net/x.mp3"}, b"", step.url)

    with pytest.raises(tts_sdk.AudioDownloadError, match=r"evil\.example\.net: it resolves to 192\.168\.1\.1"):
        run(speech_flow(plan()), aiml("https://cdn.example.com/a.mp3", hop), lambda host: hops[host])


def test_no_lookup_for_literal_addresses_allowed_hosts_or_a_local_api() -> None:
    for flow, link in (
        (speech_flow(plan()), "https://93.184.216.34/a.mp3"),
        (speech_flow(plan(allowed=frozenset({"cdn.internal"}))), "https://cdn.internal/a.mp3"),
        (speech_flow(plan(local=True)), "https://files.localdomain/a.mp3"),
    ):
        _, steps = run(flow, aiml(link, audio), lambda host: pytest.fail(f"looked up {host}"))
        assert not [step for step in steps if isinstance(step, Resolve)]
