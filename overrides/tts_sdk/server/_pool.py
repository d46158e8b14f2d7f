"""Synthesis off the event loop, in a pool of worker processes (or one thread), a piece at a time.

Each request asks for its next piece (a sentence, at most :data:`MAX_PIECE_CHARACTERS`) only when the previous
one is used, so it has at most one piece queued: the pool's first-in-first-out queue then takes the requests
in turn, and a short request waits behind at most one piece of each long one, never behind the whole text.
"""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import threading
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from tts_sdk.server._speech import Synthesizer, sentences

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    import numpy as np
    from numpy.typing import NDArray

#: Pieces queued or being made, beyond which a new request is answered 503 (``--max-queue``).
DEFAULT_MAX_QUEUE = 256


class QueueFullError(Exception):
    """The pool has :attr:`SynthesisPool.max_queue` pieces waiting: answer 503, retry in ``retry_after`` s."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the synthesis queue is full: retry in {retry_after} s")
        self.retry_after = retry_after


class SynthesisPool:
    """``workers`` processes, each with its own libespeak-ng (0: one thread of this process)."""

    def __init__(self, voices: list[str], *, workers: int = 0, max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        self._local = Synthesizer(voices)
        self.sample_rate = self._local.sample_rate
        self.workers, self.max_queue = workers, max_queue
        self._executor: Executor
        if workers > 0:
            # spawn: the server's threads (and its event loop) are not copied into the workers.
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=(voices,))
        else:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="tts-sdk-synthesis")
        self._pending = 0
        self._seconds_per_piece = 0.05  # a running mean, for Retry-After
        self._lock = threading.Lock()

    def identity(self, voice: str) -> tuple[str, int]:
        """The espeak-ng voice and base pitch an API voice is spoken with."""
        return self._local.identity(voice)

    def admit(self) -> None:
        """Raise :class:`QueueFullError` when the queue is full (a new request would only wait)."""
        with self._lock:
            pending, mean = self._pending, self._seconds_per_piece
        if pending >= self.max_queue:
            raise QueueFullError(max(1, math.ceil(pending * mean / max(1, self.workers))))

    async def pieces(self, text: str, voice: str, speed: float) -> AsyncIterator[NDArray[np.int16]]:
        """The speech of ``text`` piece by piece (16-bit mono at :attr:`sample_rate`), each made when asked for."""
        for sentence in sentences(text):
            yield await self.synthesize(sentence, voice, speed)

    async def synthesize(self, text: str, voice: str, speed: float) -> NDArray[np.int16]:
        """One piece, made in the pool."""
        loop = asyncio.get_running_loop()
        with self._lock:
            self._pending += 1
        started = loop.time()
        try:
            if self.workers > 0:
                return await loop.run_in_executor(self._executor, _synthesize, text, voice, speed)
            return await loop.run_in_executor(self._executor, self._local.synthesize, text, voice, speed)
        finally:
            with self._lock:
                self._pending -= 1
                self._seconds_per_piece = 0.9 * self._seconds_per_piece + 0.1 * (loop.time() - started)

    def close(self) -> None:
        """Stop the workers: queued pieces are dropped, the ones being made are waited for."""
        self._executor.shutdown(wait=True, cancel_futures=True)


_worker: Synthesizer | None = None


def _start(voices: list[str]) -> None:
    global _worker  # noqa: PLW0603 - one synthesizer per worker process
    _worker = Synthesizer(voices)


def _synthesize(text: str, voice: str, speed: float) -> NDArray[np.int16]:
    assert _worker is not None, "the worker was not started"
    return _worker.synthesize(text, voice, speed)
