from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.openai_tts_1_error import OpenaiTts1Error
from ...models.openai_tts_1_request import OpenaiTts1Request
from ...models.openai_tts_1_response import OpenaiTts1Response
from ...types import Response


def _get_kwargs(
    *,
    body: OpenaiTts1Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenaiTts1Error | OpenaiTts1Response | None:
    if response.status_code == 200:
        response_200 = OpenaiTts1Response.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OpenaiTts1Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OpenaiTts1Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = OpenaiTts1Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = OpenaiTts1Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = OpenaiTts1Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = OpenaiTts1Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = OpenaiTts1Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenaiTts1Error | OpenaiTts1Response]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiTts1Request,
) -> Response[OpenaiTts1Error | OpenaiTts1Response]:
    """
    Args:
        body (OpenaiTts1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenaiTts1Error | OpenaiTts1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiTts1Request,
) -> OpenaiTts1Error | OpenaiTts1Response | None:
    """
    Args:
        body (OpenaiTts1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenaiTts1Error | OpenaiTts1Response
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiTts1Request,
) -> Response[OpenaiTts1Error | OpenaiTts1Response]:
    """
    Args:
        body (OpenaiTts1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenaiTts1Error | OpenaiTts1Response]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpenaiTts1Request,
) -> OpenaiTts1Error | OpenaiTts1Response | None:
    """
    Args:
        body (OpenaiTts1Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenaiTts1Error | OpenaiTts1Response
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
