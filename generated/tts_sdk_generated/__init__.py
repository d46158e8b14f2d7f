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
- ``elevenlabs_tts``: (any model id) (POST /v1/text-to-speech/{voice_id})
- ``deepgram_speak``: aura-angus-en, aura-arcas-en, aura-asteria-en, aura-athena-en, aura-helios-en, aura-hera-en, aura-luna-en, aura-orion-en, aura-orpheus-en, aura-perseus-en, aura-stella-en, aura-zeus-en, aura-2-amalthea-en, aura-2-andromeda-en, aura-2-apollo-en, aura-2-arcas-en, aura-2-aries-en, aura-2-asteria-en, aura-2-athena-en, aura-2-atlas-en, aura-2-aurora-en, aura-2-callista-en, aura-2-cora-en, aura-2-cordelia-en, aura-2-delia-en, aura-2-draco-en, aura-2-electra-en, aura-2-harmonia-en, aura-2-helena-en, aura-2-hera-en, aura-2-hermes-en, aura-2-hyperion-en, aura-2-iris-en, aura-2-janus-en, aura-2-juno-en, aura-2-jupiter-en, aura-2-luna-en, aura-2-mars-en, aura-2-minerva-en, aura-2-neptune-en, aura-2-odysseus-en, aura-2-ophelia-en, aura-2-orion-en, aura-2-orpheus-en, aura-2-pandora-en, aura-2-phoebe-en, aura-2-pluto-en, aura-2-saturn-en, aura-2-selene-en, aura-2-thalia-en, aura-2-theia-en, aura-2-vesta-en, aura-2-zeus-en, aura-2-agustina-es, aura-2-alvaro-es, aura-2-antonia-es, aura-2-aquila-es, aura-2-carina-es, aura-2-celeste-es, aura-2-diana-es, aura-2-estrella-es, aura-2-gloria-es, aura-2-javier-es, aura-2-luciano-es, aura-2-nestor-es, aura-2-olivia-es, aura-2-selena-es, aura-2-silvia-es, aura-2-sirio-es, aura-2-valerio-es, aura-2-aurelia-de, aura-2-elara-de, aura-2-fabian-de, aura-2-julius-de, aura-2-kara-de, aura-2-lara-de, aura-2-viktoria-de, aura-2-beatrix-nl, aura-2-cornelia-nl, aura-2-daphne-nl, aura-2-hestia-nl, aura-2-lars-nl, aura-2-leda-nl, aura-2-rhea-nl, aura-2-roman-nl, aura-2-sander-nl, aura-2-agathe-fr, aura-2-hector-fr, aura-2-cesare-it, aura-2-cinzia-it, aura-2-demetra-it, aura-2-dionisio-it, aura-2-elio-it, aura-2-flavio-it, aura-2-livia-it, aura-2-maia-it, aura-2-melia-it, aura-2-perseo-it, aura-2-ama-ja, aura-2-ebisu-ja, aura-2-fujin-ja, aura-2-izanami-ja, aura-2-uzume-ja (POST /v1/speak)
- ``cartesia_tts``: sonic-3.5, sonic-3, sonic-3.5-2026-05-04, sonic-3-2026-01-12, sonic-3-2025-10-27 (POST /tts/bytes)
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
    "elevenlabs_tts",
    "deepgram_speak",
    "cartesia_tts",
)
