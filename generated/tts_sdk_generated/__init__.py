"""Typed clients generated from the specs listed in specs/specs.toml.

Written by ``make generate`` (python -m generator generate); never edit by hand.

- ``aiml_openai_tts_1``: openai/tts-1 (POST /v1/tts)
- ``aiml_openai_tts_1_hd``: openai/tts-1-hd (POST /v1/tts)
- ``aiml_inworld_tts_1_max``: inworld/tts-1-max (POST /v1/tts)
- ``aiml_openai_gpt_4o_mini_tts``: openai/gpt-4o-mini-tts (POST /v1/tts)
- ``aiml_inworld_tts_1``: inworld/tts-1 (POST /v1/tts)
- ``openai_speech``: tts-1, tts-1-hd, gpt-4o-mini-tts, gpt-4o-mini-tts-2025-12-15 (POST /audio/speech)
"""

PACKAGES = (
    "aiml_openai_tts_1",
    "aiml_openai_tts_1_hd",
    "aiml_inworld_tts_1_max",
    "aiml_openai_gpt_4o_mini_tts",
    "aiml_inworld_tts_1",
    "openai_speech",
)
