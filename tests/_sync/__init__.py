"""The sync flavour of tests/_async/, written by ``python -m generator unasync``: every test runs in both."""
