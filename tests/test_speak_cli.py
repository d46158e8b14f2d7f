"""`tts-sdk speak`, `tts-sdk voices` and `tts-sdk models` as a user runs them, against a loopback server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tts_sdk import available_models

from tests._loopback import LoopbackServer

MP3 = b"ID3\x04\x00" + b"\x00" * 64


def tts_sdk(*arguments: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin"}  # no API keys from the developer's environment
    return subprocess.run(
        [sys.executable, "-m", "tts_sdk", *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


def test_speak_writes_the_audio_from_an_argument_a_file_or_stdin(server: LoopbackServer, tmp_path: Path) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    out = tmp_path / "hello.mp3"
    done = tts_sdk(
        "speak", "Hello there", "-m", "tts-1", "--voice", "coral", "-o", str(out), "--base-url", server.base_url
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == MP3
    assert server.seen[0].json() == {
        "model": "tts-1",
        "input": "Hello there",
        "voice": "coral",
        "response_format": "mp3",
    }
    text_file = tmp_path / "script.txt"
    text_file.write_text("From a file")
    flac = tmp_path / "out.flac"
    args = ["-m", "tts-1", "--voice", "alloy", "--base-url", server.base_url]
    mislabelled = tts_sdk("speak", "--file", str(text_file), "-o", str(flac), *args)
    # This server answers mp3 to every request: the mp3 bytes are not written into out.flac.
    assert mislabelled.returncode == 1 and "refusing to write mp3 audio" in mislabelled.stderr
    assert not flac.exists()
    assert tts_sdk("speak", "-o", str(out), *args, stdin="From stdin").returncode == 0
    assert [seen.json()["input"] for seen in server.seen[1:]] == ["From a file", "From stdin"]
    assert server.seen[1].json()["response_format"] == "flac"  # from the -o suffix


def test_speak_reports_errors_with_exit_1(server: LoopbackServer, tmp_path: Path) -> None:
    out = tmp_path / "x.wav"
    done = tts_sdk(
        "speak", "Hi", "-m", "inworld/tts-1-max", "--speed", "2", "-o", str(out), "--base-url", server.base_url
    )
    assert done.returncode == 1 and "does not take `speed`" in done.stderr
    assert not out.exists() and server.seen == []


def test_voices_and_models_come_from_the_specs() -> None:
    voices = tts_sdk("voices", "inworld/tts-1-max")
    assert voices.returncode == 0
    assert "Maitê" in voices.stdout and "formats (format): mp3, wav (default)" in voices.stdout
    assert "any other voice name" in tts_sdk("voices", "gpt-4o-mini-tts").stdout
    nested = tts_sdk("voices", "minimax/speech-2.8-hd").stdout
    assert "voices (voice_setting.voice_id): Wise_Woman (default)" in nested
    assert "formats (audio_setting.format): mp3 (default), flac, pcm" in nested
    assert tts_sdk("voices", "vendor/none").returncode == 1
    models = tts_sdk("models").stdout
    for info in available_models():
        assert info.model in models


def test_version_and_verbose() -> None:
    version = tts_sdk("--version")
    assert version.returncode == 0 and version.stdout.strip().startswith("tts-sdk 0.")
    verbose = tts_sdk("-v", "models")
    assert verbose.returncode == 0 and "openai/tts-1" in verbose.stdout


def test_outputs_and_inputs_are_checked_before_anything_is_sent(server: LoopbackServer, tmp_path: Path) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    args = ["-m", "tts-1", "--voice", "alloy", "--base-url", server.base_url]
    cases = {
        ("Hi", "-o", str(tmp_path)): "is a folder",
        ("Hi", "-o", str(tmp_path / "missing" / "a.mp3")): "does not exist",
        ("Hi", "--format", "wav", "-o", str(tmp_path / "x.mp3")): "--format wav but",
        ("--file", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "a.mp3")): "cannot read --file",
        ("   ", "-o", str(tmp_path / "a.mp3")): "the text is empty",
    }
    for arguments, message in cases.items():
        done = tts_sdk("speak", *arguments, *args)
        assert done.returncode == 2 and message in done.stderr, (arguments, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    empty = tts_sdk("speak", "-o", str(tmp_path / "a.mp3"), *args, stdin="")
    assert empty.returncode == 2 and "empty" in empty.stderr
    assert server.seen == [] and not (tmp_path / "x.mp3").exists() and not (tmp_path / "a.mp3").exists()


def test_saved_files_get_the_umask_mode(server: LoopbackServer, tmp_path: Path) -> None:
    server.serve("/v1/audio/speech", MP3, content_type="audio/mpeg")
    out = tmp_path / "hello.mp3"
    code = "import os, sys; os.umask(0o027); from tts_sdk._cli import main; sys.exit(main(sys.argv[1:]))"
    command = [sys.executable, "-c", code, "speak", "Hi", "-m", "tts-1", "--voice", "alloy", "-o", str(out)]
    done = subprocess.run(
        [*command, "--base-url", server.base_url], capture_output=True, text=True, check=False, env={"PATH": "/usr/bin"}
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o640


def test_a_busy_port_is_one_line(tmp_path: Path) -> None:
    import socket  # noqa: PLC0415

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = tts_sdk("serve", "--port", str(taken.getsockname()[1]))
    assert done.returncode == 1 and "cannot listen on 127.0.0.1:" in done.stderr and "Traceback" not in done.stderr


def test_ctrl_c_exits_130_at_once_and_leaves_no_file(server: LoopbackServer, tmp_path: Path) -> None:
    import signal  # noqa: PLC0415
    import time  # noqa: PLC0415

    server.slow("/v1/audio/speech", 30.0, MP3)
    out = tmp_path / "slow.mp3"
    command = [sys.executable, "-m", "tts_sdk", "speak", "Hi", "-m", "tts-1", "--voice", "alloy", "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--base-url", server.base_url], stderr=subprocess.PIPE, text=True, env={"PATH": "/usr/bin"}
    )
    deadline = time.monotonic() + 20
    while not server.seen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.seen, "the request was never sent"
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=10) == 130
    assert "interrupted" in (process.stderr.read() if process.stderr else "")
    assert list(tmp_path.iterdir()) == []
