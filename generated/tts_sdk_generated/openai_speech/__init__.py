"""A client library for accessing OpenAI text to speech (extract)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
