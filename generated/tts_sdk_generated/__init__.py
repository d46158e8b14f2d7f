"""Typed clients generated from the specs listed in specs/specs.toml.

Written by ``make generate`` (python -m generator generate); never edit by hand.

- ``aiml_openai_tts_1``: openai/tts-1 (POST /v1/tts)
- ``aiml_openai_tts_1_hd``: openai/tts-1-hd (POST /v1/tts)
- ``aiml_inworld_tts_1_max``: inworld/tts-1-max (POST /v1/tts)
- ``aiml_openai_gpt_4o_mini_tts``: openai/gpt-4o-mini-tts (POST /v1/tts)
- ``aiml_inworld_tts_1``: inworld/tts-1 (POST /v1/tts)
- ``aiml_inworld_tts_1_5_max``: inworld/tts-1-5-max (POST /v1/tts)
- ``aiml_alibaba_qwen3_tts_flash``: alibaba/qwen3-tts-flash (POST /v1/tts)
- ``aiml_deepgram_aura_2``: deepgram/aura-2 (POST /v1/tts)
- ``aiml_elevenlabs_multilingual_v2``: elevenlabs/eleven_multilingual_v2 (POST /v1/tts)
- ``aiml_elevenlabs_turbo_v2_5``: elevenlabs/eleven_turbo_v2_5 (POST /v1/tts)
- ``aiml_hume_octave_2``: hume/octave-2 (POST /v1/tts)
- ``aiml_microsoft_vibevoice_1_5b``: microsoft/vibevoice-1.5b (POST /v1/tts)
- ``aiml_microsoft_mai_voice_2``: microsoft/mai-voice-2 (POST /v1/tts)
- ``aiml_minimax_speech_2_5_hd_preview``: minimax/speech-2.5-hd-preview (POST /v1/tts)
- ``aiml_minimax_speech_2_5_hd``: minimax/speech-2.5-hd (POST /v1/tts)
- ``aiml_minimax_speech_2_6_hd``: minimax/speech-2.6-hd (POST /v1/tts)
- ``aiml_minimax_speech_2_8_hd``: minimax/speech-2.8-hd (POST /v1/tts)
- ``openai_speech``: tts-1, tts-1-hd, gpt-4o-mini-tts, gpt-4o-mini-tts-2025-12-15 (POST /audio/speech)
"""

PACKAGES = (
    "aiml_openai_tts_1",
    "aiml_openai_tts_1_hd",
    "aiml_inworld_tts_1_max",
    "aiml_openai_gpt_4o_mini_tts",
    "aiml_inworld_tts_1",
    "aiml_inworld_tts_1_5_max",
    "aiml_alibaba_qwen3_tts_flash",
    "aiml_deepgram_aura_2",
    "aiml_elevenlabs_multilingual_v2",
    "aiml_elevenlabs_turbo_v2_5",
    "aiml_hume_octave_2",
    "aiml_microsoft_vibevoice_1_5b",
    "aiml_microsoft_mai_voice_2",
    "aiml_minimax_speech_2_5_hd_preview",
    "aiml_minimax_speech_2_5_hd",
    "aiml_minimax_speech_2_6_hd",
    "aiml_minimax_speech_2_8_hd",
    "openai_speech",
)
