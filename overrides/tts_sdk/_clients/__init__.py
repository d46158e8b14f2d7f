"""The HTTP clients: :class:`TTS` and :class:`AsyncTTS` with their streams, over the sans-IO core.

- ``_async/``: the source. ``_client.py`` (``AsyncTTS``, ``AsyncSpeech``, ``AsyncSpeechStream``),
  ``_openai.py`` (openai-python's ``client.audio.speech``), ``_driver.py`` (the driver loop, the httpx
  driver); hand-written and async only: ``_aiohttp.py``, ``_flavour.py`` (backends, split concurrency,
  name resolution).
- ``_sync/``: written from ``_async/`` by ``python -m generator unasync`` (``make check`` fails when stale),
  except its own ``_flavour.py`` (threads).
- ``_base.py``: the constructor both share; ``_transport.py``: what every driver shares (failure mapping,
  the response view, pinned requests).
"""

from tts_sdk._clients._async._client import AsyncSpeechStream, AsyncTTS
from tts_sdk._clients._sync._client import TTS, SpeechStream

__all__ = ["TTS", "AsyncSpeechStream", "AsyncTTS", "SpeechStream"]
