"""``tts-sdk serve``: a spec-faithful local stand-in for the AIML and OpenAI speech APIs, with a real but
robotic voice (espeak-ng), for trying the SDK without a key or a network and for tests over real HTTP.

Public API:

- :func:`create_app`: the ASGI application (Starlette);
- :func:`running`: a context manager that serves it on a free loopback port in a background thread and
  yields its base URL (for your own tests);
- :func:`serve`: serve until interrupted (what ``tts-sdk serve`` runs).

Needs the ``server`` extra: ``pip install 'tts-sdk[server]'``.
"""

from tts_sdk.server._app import create_app
from tts_sdk.server._run import running, serve

__all__ = ["create_app", "running", "serve"]
