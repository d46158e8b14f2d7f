"""The sync clients, written from ``_async/`` by ``python -m generator unasync`` (but ``_flavour.py``)."""
