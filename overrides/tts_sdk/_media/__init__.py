"""Audio as bytes: :class:`~tts_sdk._media._audio.Audio` and atomic files (``_audio``), what audio holds
(``_probe``: duration, sample rate, channels), joining parts of a split text (``_join``), and the one parser of
WAV, MP3, FLAC and Ogg Opus headers both read through (``_frames``). Pure; imports nothing of the SDK but its
errors."""
