"""Providers (where requests go and how they authenticate) and the secret holding their keys."""

from __future__ import annotations

import os

from tts_sdk._errors import ConfigurationError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Literal

    AuthStyle = Literal["bearer", "raw"]
    Api = Literal["aiml", "openai"]


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
    """A speech endpoint: which API it speaks, its default base URL, and its auth header style.

    ``auth="bearer"`` sends ``Authorization: Bearer <key>``; ``auth="raw"`` sends ``Authorization: <key>``
    (OneRouter/Infron). ``key_env`` and ``base_url_env`` name the environment variables read when the client
    is not given a key or base URL.
    """

    __slots__ = ("api", "auth", "base_url", "base_url_env", "key_env", "name")

    def __init__(
        self,
        name: str,
        api: Api,
        base_url: str,
        *,
        auth: AuthStyle = "bearer",
        key_env: str | None = None,
        base_url_env: str | None = None,
    ) -> None:
        if api not in ("aiml", "openai"):
            raise ConfigurationError(f"api must be 'aiml' or 'openai', got {api!r}")
        if auth not in ("bearer", "raw"):
            raise ConfigurationError(f"auth must be 'bearer' or 'raw', got {auth!r}")
        self.name, self.api, self.base_url, self.auth = name, api, base_url.rstrip("/"), auth
        self.key_env, self.base_url_env = key_env, base_url_env

    def __repr__(self) -> str:
        return f"Provider({self.name!r}, api={self.api!r}, base_url={self.base_url!r}, auth={self.auth!r})"


AIML = Provider("aiml", "aiml", "https://api.aimlapi.com", key_env="AIMLAPI_API_KEY", base_url_env="AIMLAPI_BASE_URL")
OPENAI = Provider(
    "openai", "openai", "https://api.openai.com/v1", key_env="OPENAI_API_KEY", base_url_env="OPENAI_BASE_URL"
)
ONEROUTER = Provider(
    "onerouter",
    "openai",
    "https://audio.onerouter.pro/v1",
    auth="raw",
    key_env="ONEROUTER_API_KEY",
    base_url_env="ONEROUTER_BASE_URL",
)
BUILTIN_PROVIDERS = {provider.name: provider for provider in (AIML, OPENAI, ONEROUTER)}


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
    server (``tts-sdk serve``, a test double): the AIML API under it as is, the OpenAI-style APIs under
    ``<it>/v1``, as their public base URLs are laid out; openai-python's style, ending in ``/v1``, is taken too.
    """
    endpoints = {}
    for name, provider in providers.items():
        key = keys.get(name) or (os.environ.get(provider.key_env) if provider.key_env else None)
        base_url = base_urls.get(name)
        if base_url is None and shared_base_url is not None:
            root = shared_base_url.rstrip("/").removesuffix("/v1")
            base_url = root if provider.api == "aiml" else f"{root}/v1"
        if base_url is None and provider.base_url_env:
            base_url = os.environ.get(provider.base_url_env)
        endpoints[name] = Endpoint(provider, base_url or provider.base_url, Secret(key) if key else None)
    return endpoints
