"""Providers (where requests go and how they send their keys, from the catalog) and the secret holding a key."""

from __future__ import annotations

import os
from functools import cache
from urllib.parse import urlsplit

from tts_sdk._core._catalog import Auth, apis, provider_tables
from tts_sdk._errors import ConfigurationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping


class Secret:
    """An API key. Its repr and str are redacted; only :meth:`reveal` gives the value (to build a header)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value or any(char in value for char in "\r\n\x00"):
            raise ConfigurationError("an API key must be a non-empty single line (it holds a line break or is empty)")
        self._value = value

    def reveal(self) -> str:
        """The key itself."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("an API key cannot be pickled")


class Provider:
    """A speech endpoint: which API it speaks (``aiml``, ``openai``, ``elevenlabs``... the catalog's), its default
    base URL and how its key is sent.

    ``auth=None`` sends the key as the API does (``Authorization: Bearer K``, ``xi-api-key: K``...);
    ``auth="bearer"`` as ``Bearer K`` and ``auth="raw"`` as the key alone (OneRouter/Infron), in the API's header.
    ``key_env`` and ``base_url_env`` name the environment variables read when the client is not given a key or
    base URL.
    """

    __slots__ = ("api", "auth", "base_url", "base_url_env", "key_env", "name")

    def __init__(
        self,
        name: str,
        api: str,
        base_url: str,
        *,
        auth: str | Auth | None = None,
        key_env: str | None = None,
        base_url_env: str | None = None,
    ) -> None:
        known = apis()
        if api not in known:
            raise ConfigurationError(f"api must be one of {', '.join(known)}, got {api!r}")
        header = known[api].auth.header
        if auth is None:
            self.auth = known[api].auth
        elif isinstance(auth, Auth):
            self.auth = auth
        elif auth in ("bearer", "raw"):
            self.auth = Auth(header, "Bearer" if auth == "bearer" else None)
        else:
            raise ConfigurationError(f"auth must be None, 'bearer' or 'raw', got {auth!r}")
        self.name, self.api, self.base_url = name, api, base_url.rstrip("/")
        self.key_env, self.base_url_env = key_env, base_url_env

    def __repr__(self) -> str:
        return f"Provider({self.name!r}, api={self.api!r}, base_url={self.base_url!r}, auth={self.auth!r})"


@cache
def builtin_providers() -> dict[str, Provider]:
    """Every provider the catalog knows: each API under its own name, then the routers of specs/specs.toml."""
    return {
        name: Provider(name, table["api"], table["base_url"], auth=Auth(**table["auth"]), key_env=table["key_env"],
                       base_url_env=table["base_url_env"])
        for name, table in provider_tables().items()
    }  # fmt: skip


class Endpoint:
    """A provider as one client uses it: its resolved base URL and key."""

    __slots__ = ("base_url", "key", "provider")

    def __init__(self, provider: Provider, base_url: str, key: Secret | None) -> None:
        self.provider, self.base_url, self.key = provider, base_url.rstrip("/"), key

    def __repr__(self) -> str:
        key = "set" if self.key is not None else "missing"
        return f"Endpoint({self.provider.name!r}, base_url={self.base_url!r}, key={key})"


def resolve_endpoints(
    providers: Mapping[str, Provider],
    keys: Mapping[str, str | None],
    base_urls: Mapping[str, str | None],
    shared_base_url: str | None,
) -> dict[str, Endpoint]:
    """Each provider's endpoint: arguments, else environment variables, else the provider's defaults.

    ``shared_base_url`` (an argument, so it beats every ``*_BASE_URL`` variable) points every provider at one
    server (``tts-sdk serve``, a test double), each under the path of its own public base URL (OpenAI's ``/v1``,
    the others' none); openai-python's style, ending in ``/v1``, is taken too.
    """
    endpoints = {}
    for name, provider in providers.items():
        key = keys.get(name) or (os.environ.get(provider.key_env) if provider.key_env else None)
        base_url = base_urls.get(name)
        if base_url is None and shared_base_url is not None:
            root = shared_base_url.rstrip("/").removesuffix("/v1")
            base_url = root + urlsplit(provider.base_url).path.rstrip("/")
        if base_url is None and provider.base_url_env:
            base_url = os.environ.get(provider.base_url_env)
        endpoints[name] = Endpoint(provider, base_url or provider.base_url, Secret(key) if key else None)
    return endpoints
