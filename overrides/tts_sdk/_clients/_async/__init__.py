"""The async clients: the source the sync ones are written from (see ``tts_sdk._clients``)."""
