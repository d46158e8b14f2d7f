# Generated from tests/_async/test_downloads.py by `python -m generator unasync`; do not edit.
"""Audio downloads judge a host by the addresses its name resolves to, and connect to the address they checked.

Over real sockets on 127.0.0.1 and 127.0.0.2; the system resolver is replaced by a table, so no query leaves the
machine. The async source of tests/_sync/test_downloads.py (``python -m generator unasync``).
"""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
import tts_sdk
from tts_sdk import TTS
from tts_sdk._clients._sync._flavour import new_driver
from tts_sdk._core._exchange import Outcome, Read, Resolve, Send

from tests._loopback import LoopbackServer, loopback_server

KEY = "sk-aiml-SECRET-0123456789"
MP3 = b"ID3\x04\x00fake-mp3-frames" * 10
BACKENDS = ["httpx"]


class Resolver:
    """``socket.getaddrinfo`` answering from a table: each name's answers in turn (the last one repeats)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, table: dict[str, list[str]]) -> None:
        self.table, self.asked, self._system = table, list[str](), socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", self)

    def __call__(self, host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name not in self.table:
            return self._system(host, port, *args, **kwargs)
        self.asked.append(name)
        answers = self.table[name]
        address = answers.pop(0) if len(answers) > 1 else answers[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port or 0)))]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_public_name_that_resolves_to_loopback_is_refused_before_any_connection(
    backend: str, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with loopback_server("127.0.0.2") as cdn:
        cdn.serve("/a.mp3", MP3, content_type="audio/mpeg")
        server.serve_json("/v1/tts", {"audio": {"url": f"https://cdn.example.test:{cdn.port}/a.mp3"}})
        resolver = Resolver(monkeypatch, {"api.example.test": ["127.0.0.1"], "cdn.example.test": ["127.0.0.2"]})
        public_api = f"http://api.example.test:{server.port}"  # a name, not a loopback literal: a public API
        with TTS(aiml_api_key=KEY, base_url=public_api, http_backend=backend) as tts:
            with pytest.raises(tts_sdk.AudioDownloadError, match=r"cdn\.example\.test: it resolves to 127\.0\.0\.2"):
                tts.speech.create(model="openai/tts-1", text="Hi")
        assert cdn.seen == [] and [seen.path for seen in server.seen] == ["/v1/tts"]
        assert "cdn.example.test" in resolver.asked


@pytest.mark.parametrize("backend", BACKENDS)
def test_allowed_hosts_are_fetched_from_wherever_they_resolve(
    backend: str, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with loopback_server("127.0.0.2") as cdn:
        cdn.serve("/a.mp3", MP3, content_type="audio/mpeg")
        server.serve_json("/v1/tts", {"audio": {"url": f"http://cdn.example.test:{cdn.port}/a.mp3"}})
        Resolver(monkeypatch, {"api.example.test": ["127.0.0.1"], "cdn.example.test": ["127.0.0.2"]})
        with TTS(aiml_api_key=KEY, base_url=f"http://api.example.test:{server.port}",
                            allow_download_hosts=["cdn.example.test"], http_backend=backend) as tts:  # fmt: skip
            assert (tts.speech.create(model="openai/tts-1", text="Hi")).content == MP3
        (download,) = cdn.seen
        assert "Authorization" not in download.headers


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_connection_goes_to_the_checked_address_whatever_dns_answers_next(
    backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with loopback_server("127.0.0.2") as checked, loopback_server("127.0.0.1", checked.port) as elsewhere:
        checked.serve("/a.mp3", MP3, content_type="audio/mpeg")
        elsewhere.serve("/a.mp3", b"the second answer", content_type="audio/mpeg")
        url = f"http://cdn.example.test:{checked.port}/a.mp3"
        resolver = Resolver(monkeypatch, {"cdn.example.test": ["127.0.0.2", "127.0.0.1"]})

        def fetch() -> Any:  # the steps the exchange core takes for a download: resolve once, then pin
            (address, *_) = yield Resolve("cdn.example.test", checked.port)
            answer = yield Send("GET", url, {}, None, timeout=httpx.Timeout(5.0), to_api=False, connect_to=address)
            content = yield Read(answer, 1 << 20)
            return Outcome(answer, content, None)

        driver = new_driver(None, backend, httpx.Timeout(5.0))
        try:
            outcome = driver.drive(fetch())
        finally:
            driver.close()
        assert outcome.content == MP3 and resolver.asked == ["cdn.example.test"]
        (seen,) = checked.seen
        assert seen.headers["Host"] == f"cdn.example.test:{checked.port}"
        assert elsewhere.seen == []
