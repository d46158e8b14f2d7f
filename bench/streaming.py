"""Streaming 256 MB of audio to a file: peak RSS growth and time to first byte, side by side.

Each client runs in its own fresh process (so peak RSS is its own): the tts_sdk facade
(``speech.stream(...).stream_to_file``), raw httpx (``iter_bytes`` to a file), and openai
(``with_streaming_response ... stream_to_file``), all against the same loopback server streaming 256 MB.
Also the time from sending the request to the first byte in the caller's hands, vs to the full body.
Goal (issue 6): peak RSS growth <= 32 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

from _common import fast_server, machine, table

SIZE = 256 * 1024 * 1024

CHILD = r"""
import json, os, resource, sys, time
client, base, size, target = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
def rss_mb(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
import httpx, openai, tts_sdk
from tts_sdk import TTS
root = f"{base}/big/{size}/v1"  # every path under /big/<size>/ streams <size> bytes
url = f"{root}/audio/speech"
before = rss_mb()
started = time.perf_counter()
first = None
if client == "tts_sdk":
    tts = TTS(openai_base_url=root, openai_api_key="k", max_audio_bytes=size)
    stream = tts.speech.stream(model="tts-1", text="x", voice="alloy")
    with open(target, "wb") as handle:
        for chunk in stream.iter_bytes():
            if first is None: first = time.perf_counter()
            handle.write(chunk)
elif client == "httpx":
    with httpx.Client() as http, http.stream("POST", url, json={}) as response, open(target, "wb") as handle:
        for chunk in response.iter_bytes():
            if first is None: first = time.perf_counter()
            handle.write(chunk)
else:
    api = openai.OpenAI(base_url=root, api_key="k")
    with api.audio.speech.with_streaming_response.create(model="tts-1", voice="alloy", input="x") as response:
        with open(target, "wb") as handle:
            for chunk in response.iter_bytes():
                if first is None: first = time.perf_counter()
                handle.write(chunk)
total = time.perf_counter() - started
assert os.path.getsize(target) == size, os.path.getsize(target)
print(json.dumps({"rss_growth_mb": rss_mb() - before, "first_byte_s": first - started, "total_s": total}))
"""


def main() -> None:
    print(f"machine: {machine()}; {SIZE // 2**20} MB streamed per client, each client in a fresh process")
    rows = []
    with fast_server() as base, tempfile.TemporaryDirectory() as scratch:
        for client in ("tts_sdk", "httpx", "openai"):
            done = subprocess.run([sys.executable, "-c", CHILD, client, base, str(SIZE), f"{scratch}/out.pcm"],
                                  capture_output=True, text=True, check=True)  # fmt: skip
            result = json.loads(done.stdout)
            rows.append((client, f"{result['rss_growth_mb']:.1f}", f"{result['first_byte_s'] * 1000:.1f}",
                         f"{result['total_s']:.2f}"))  # fmt: skip
    table("Streaming 256 MB to a file", ["client", "peak RSS growth (MB)", "first byte (ms)", "full body (s)"], rows)


if __name__ == "__main__":
    main()
