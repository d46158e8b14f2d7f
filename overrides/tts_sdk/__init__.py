"""tts-sdk: typed text-to-speech clients generated from the providers' OpenAPI specs, behind one facade.

Public API:

- :func:`models`, :class:`ModelInfo`: the models the generated clients serve (learnt from the generated
  packages, so a new spec needs no facade code).
"""

from tts_sdk._catalog import ModelInfo, models

__version__ = "0.1.0"

__all__ = ["ModelInfo", "__version__", "models"]
