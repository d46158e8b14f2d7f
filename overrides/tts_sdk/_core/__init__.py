"""The policy of a speech call, pure (no sockets, no event loop): what every client, flavour and driver shares.

- ``_catalog``: what the generated packages serve; ``spec_for_model``, the one rule that picks a model's spec;
- ``_schema``: field paths (``voice_setting.voice_id``, ``speakers[0].preset``), read and written one way;
- ``_vocabulary``: the facade's words in each spec's own fields and values;
- ``_providers``: where requests go, how they authenticate, the redacted key;
- ``_validate``: ``validate``, ``is_valid``, ``require_valid`` (the compiled validator per model);
- ``_call``: the client's options and one :class:`SpeechCall` (route, body, checks, headers, URL);
- ``_exchange``: every decision of sending it, as steps a driver performs (retries ``_retries``, statuses
  ``_status``, bodies ``_decoding``, download addresses ``_urls``);
- ``_results``: what an exchange becomes (``Audio``, a stream's bytes); ``_events``: server-sent events;
  ``_split``: long text cut for ``split=True``.

Nothing here imports httpx but ``_call`` (its ``Timeout``); ``import tts_sdk`` loads only what validation needs.
"""
