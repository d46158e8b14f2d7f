"""Tests of the client, written once for the async flavour (the source of tests/_sync/)."""
