from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deepgram_callback_method import DeepgramCallbackMethod
from ...models.deepgram_error_response_legacy_error import DeepgramErrorResponseLegacyError
from ...models.deepgram_error_response_modern_error import DeepgramErrorResponseModernError
from ...models.deepgram_model import DeepgramModel
from ...models.deepgram_request import DeepgramRequest
from ...models.deepgram_v1_speak_post_parameters_bit_rate_0 import (
    DeepgramV1SpeakPostParametersBitRate0,
)
from ...models.deepgram_v1_speak_post_parameters_container_0 import (
    DeepgramV1SpeakPostParametersContainer0,
)
from ...models.deepgram_v1_speak_post_parameters_container_1 import (
    DeepgramV1SpeakPostParametersContainer1,
)
from ...models.deepgram_v1_speak_post_parameters_container_4 import (
    DeepgramV1SpeakPostParametersContainer4,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_0 import (
    DeepgramV1SpeakPostParametersEncoding0,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_1 import (
    DeepgramV1SpeakPostParametersEncoding1,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_2 import (
    DeepgramV1SpeakPostParametersEncoding2,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_3 import (
    DeepgramV1SpeakPostParametersEncoding3,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_4 import (
    DeepgramV1SpeakPostParametersEncoding4,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_5 import (
    DeepgramV1SpeakPostParametersEncoding5,
)
from ...models.deepgram_v1_speak_post_parameters_encoding_6 import (
    DeepgramV1SpeakPostParametersEncoding6,
)
from ...models.deepgram_v1_speak_post_parameters_sample_rate_0 import (
    DeepgramV1SpeakPostParametersSampleRate0,
)
from ...models.deepgram_v1_speak_post_parameters_sample_rate_1 import (
    DeepgramV1SpeakPostParametersSampleRate1,
)
from ...models.deepgram_v1_speak_post_parameters_sample_rate_3 import (
    DeepgramV1SpeakPostParametersSampleRate3,
)
from ...models.deepgram_v1_speak_post_parameters_sample_rate_4 import (
    DeepgramV1SpeakPostParametersSampleRate4,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: DeepgramRequest | Unset = UNSET,
    callback: str | Unset = UNSET,
    callback_method: DeepgramCallbackMethod | Unset = UNSET,
    mip_opt_out: bool | Unset = UNSET,
    tag: list[str] | str | Unset = UNSET,
    bit_rate: DeepgramV1SpeakPostParametersBitRate0 | float | Unset = UNSET,
    container: DeepgramV1SpeakPostParametersContainer0
    | DeepgramV1SpeakPostParametersContainer1
    | DeepgramV1SpeakPostParametersContainer4
    | Unset = UNSET,
    encoding: DeepgramV1SpeakPostParametersEncoding0
    | DeepgramV1SpeakPostParametersEncoding1
    | DeepgramV1SpeakPostParametersEncoding2
    | DeepgramV1SpeakPostParametersEncoding3
    | DeepgramV1SpeakPostParametersEncoding4
    | DeepgramV1SpeakPostParametersEncoding5
    | DeepgramV1SpeakPostParametersEncoding6
    | Unset = UNSET,
    model: DeepgramModel | Unset = UNSET,
    sample_rate: DeepgramV1SpeakPostParametersSampleRate0
    | DeepgramV1SpeakPostParametersSampleRate1
    | DeepgramV1SpeakPostParametersSampleRate3
    | DeepgramV1SpeakPostParametersSampleRate4
    | Unset = UNSET,
    speed: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["callback"] = callback

    json_callback_method: str | Unset = UNSET
    if not isinstance(callback_method, Unset):
        json_callback_method = callback_method

    params["callback_method"] = json_callback_method

    params["mip_opt_out"] = mip_opt_out

    json_tag: list[str] | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    elif isinstance(tag, list):
        json_tag = tag

    else:
        json_tag = tag
    params["tag"] = json_tag

    json_bit_rate: float | str | Unset
    if isinstance(bit_rate, Unset):
        json_bit_rate = UNSET
    elif isinstance(bit_rate, str):
        json_bit_rate = bit_rate
    else:
        json_bit_rate = bit_rate
    params["bit_rate"] = json_bit_rate

    json_container: str | Unset
    if isinstance(container, Unset):
        json_container = UNSET
    elif isinstance(container, str):
        json_container = container
    elif isinstance(container, str):
        json_container = container
    else:
        json_container = container

    params["container"] = json_container

    json_encoding: str | Unset
    if isinstance(encoding, Unset):
        json_encoding = UNSET
    elif isinstance(encoding, str):
        json_encoding = encoding
    elif isinstance(encoding, str):
        json_encoding = encoding
    elif isinstance(encoding, str):
        json_encoding = encoding
    elif isinstance(encoding, str):
        json_encoding = encoding
    elif isinstance(encoding, str):
        json_encoding = encoding
    elif isinstance(encoding, str):
        json_encoding = encoding
    else:
        json_encoding = encoding

    params["encoding"] = json_encoding

    json_model: str | Unset = UNSET
    if not isinstance(model, Unset):
        json_model = model

    params["model"] = json_model

    json_sample_rate: str | Unset
    if isinstance(sample_rate, Unset):
        json_sample_rate = UNSET
    elif isinstance(sample_rate, str):
        json_sample_rate = sample_rate
    elif isinstance(sample_rate, str):
        json_sample_rate = sample_rate
    elif isinstance(sample_rate, str):
        json_sample_rate = sample_rate
    else:
        json_sample_rate = sample_rate

    params["sample_rate"] = json_sample_rate

    params["speed"] = speed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/speak",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:

        def _parse_response_400(
            data: object,
        ) -> DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deepgram_error_response_type_1 = DeepgramErrorResponseLegacyError.from_dict(data)

                return componentsschemas_deepgram_error_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_deepgram_error_response_type_2 = DeepgramErrorResponseModernError.from_dict(data)

                return componentsschemas_deepgram_error_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str, data)

        response_400 = _parse_response_400(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeepgramRequest | Unset = UNSET,
    callback: str | Unset = UNSET,
    callback_method: DeepgramCallbackMethod | Unset = UNSET,
    mip_opt_out: bool | Unset = UNSET,
    tag: list[str] | str | Unset = UNSET,
    bit_rate: DeepgramV1SpeakPostParametersBitRate0 | float | Unset = UNSET,
    container: DeepgramV1SpeakPostParametersContainer0
    | DeepgramV1SpeakPostParametersContainer1
    | DeepgramV1SpeakPostParametersContainer4
    | Unset = UNSET,
    encoding: DeepgramV1SpeakPostParametersEncoding0
    | DeepgramV1SpeakPostParametersEncoding1
    | DeepgramV1SpeakPostParametersEncoding2
    | DeepgramV1SpeakPostParametersEncoding3
    | DeepgramV1SpeakPostParametersEncoding4
    | DeepgramV1SpeakPostParametersEncoding5
    | DeepgramV1SpeakPostParametersEncoding6
    | Unset = UNSET,
    model: DeepgramModel | Unset = UNSET,
    sample_rate: DeepgramV1SpeakPostParametersSampleRate0
    | DeepgramV1SpeakPostParametersSampleRate1
    | DeepgramV1SpeakPostParametersSampleRate3
    | DeepgramV1SpeakPostParametersSampleRate4
    | Unset = UNSET,
    speed: float | Unset = UNSET,
) -> Response[DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File]:
    """Text to Speech transformation

     Convert text into natural-sounding speech using Deepgram's TTS REST API

    Args:
        callback (str | Unset):
        callback_method (DeepgramCallbackMethod | Unset): Default: "POST".
        mip_opt_out (bool | Unset): Default: false.
        tag (list[str] | str | Unset):
        bit_rate (DeepgramV1SpeakPostParametersBitRate0 | float | Unset):
        container (DeepgramV1SpeakPostParametersContainer0 |
            DeepgramV1SpeakPostParametersContainer1 | DeepgramV1SpeakPostParametersContainer4 |
            Unset):
        encoding (DeepgramV1SpeakPostParametersEncoding0 | DeepgramV1SpeakPostParametersEncoding1
            | DeepgramV1SpeakPostParametersEncoding2 | DeepgramV1SpeakPostParametersEncoding3 |
            DeepgramV1SpeakPostParametersEncoding4 | DeepgramV1SpeakPostParametersEncoding5 |
            DeepgramV1SpeakPostParametersEncoding6 | Unset):
        model (DeepgramModel | Unset): Default: "aura-asteria-en".
        sample_rate (DeepgramV1SpeakPostParametersSampleRate0 |
            DeepgramV1SpeakPostParametersSampleRate1 | DeepgramV1SpeakPostParametersSampleRate3 |
            DeepgramV1SpeakPostParametersSampleRate4 | Unset):
        speed (float | Unset): Default: 1.
        body (DeepgramRequest | Unset): Request body for text-to-speech conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File]
    """

    kwargs = _get_kwargs(
        body=body,
        callback=callback,
        callback_method=callback_method,
        mip_opt_out=mip_opt_out,
        tag=tag,
        bit_rate=bit_rate,
        container=container,
        encoding=encoding,
        model=model,
        sample_rate=sample_rate,
        speed=speed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DeepgramRequest | Unset = UNSET,
    callback: str | Unset = UNSET,
    callback_method: DeepgramCallbackMethod | Unset = UNSET,
    mip_opt_out: bool | Unset = UNSET,
    tag: list[str] | str | Unset = UNSET,
    bit_rate: DeepgramV1SpeakPostParametersBitRate0 | float | Unset = UNSET,
    container: DeepgramV1SpeakPostParametersContainer0
    | DeepgramV1SpeakPostParametersContainer1
    | DeepgramV1SpeakPostParametersContainer4
    | Unset = UNSET,
    encoding: DeepgramV1SpeakPostParametersEncoding0
    | DeepgramV1SpeakPostParametersEncoding1
    | DeepgramV1SpeakPostParametersEncoding2
    | DeepgramV1SpeakPostParametersEncoding3
    | DeepgramV1SpeakPostParametersEncoding4
    | DeepgramV1SpeakPostParametersEncoding5
    | DeepgramV1SpeakPostParametersEncoding6
    | Unset = UNSET,
    model: DeepgramModel | Unset = UNSET,
    sample_rate: DeepgramV1SpeakPostParametersSampleRate0
    | DeepgramV1SpeakPostParametersSampleRate1
    | DeepgramV1SpeakPostParametersSampleRate3
    | DeepgramV1SpeakPostParametersSampleRate4
    | Unset = UNSET,
    speed: float | Unset = UNSET,
) -> DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File | None:
    """Text to Speech transformation

     Convert text into natural-sounding speech using Deepgram's TTS REST API

    Args:
        callback (str | Unset):
        callback_method (DeepgramCallbackMethod | Unset): Default: "POST".
        mip_opt_out (bool | Unset): Default: false.
        tag (list[str] | str | Unset):
        bit_rate (DeepgramV1SpeakPostParametersBitRate0 | float | Unset):
        container (DeepgramV1SpeakPostParametersContainer0 |
            DeepgramV1SpeakPostParametersContainer1 | DeepgramV1SpeakPostParametersContainer4 |
            Unset):
        encoding (DeepgramV1SpeakPostParametersEncoding0 | DeepgramV1SpeakPostParametersEncoding1
            | DeepgramV1SpeakPostParametersEncoding2 | DeepgramV1SpeakPostParametersEncoding3 |
            DeepgramV1SpeakPostParametersEncoding4 | DeepgramV1SpeakPostParametersEncoding5 |
            DeepgramV1SpeakPostParametersEncoding6 | Unset):
        model (DeepgramModel | Unset): Default: "aura-asteria-en".
        sample_rate (DeepgramV1SpeakPostParametersSampleRate0 |
            DeepgramV1SpeakPostParametersSampleRate1 | DeepgramV1SpeakPostParametersSampleRate3 |
            DeepgramV1SpeakPostParametersSampleRate4 | Unset):
        speed (float | Unset): Default: 1.
        body (DeepgramRequest | Unset): Request body for text-to-speech conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File
    """

    return sync_detailed(
        client=client,
        body=body,
        callback=callback,
        callback_method=callback_method,
        mip_opt_out=mip_opt_out,
        tag=tag,
        bit_rate=bit_rate,
        container=container,
        encoding=encoding,
        model=model,
        sample_rate=sample_rate,
        speed=speed,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeepgramRequest | Unset = UNSET,
    callback: str | Unset = UNSET,
    callback_method: DeepgramCallbackMethod | Unset = UNSET,
    mip_opt_out: bool | Unset = UNSET,
    tag: list[str] | str | Unset = UNSET,
    bit_rate: DeepgramV1SpeakPostParametersBitRate0 | float | Unset = UNSET,
    container: DeepgramV1SpeakPostParametersContainer0
    | DeepgramV1SpeakPostParametersContainer1
    | DeepgramV1SpeakPostParametersContainer4
    | Unset = UNSET,
    encoding: DeepgramV1SpeakPostParametersEncoding0
    | DeepgramV1SpeakPostParametersEncoding1
    | DeepgramV1SpeakPostParametersEncoding2
    | DeepgramV1SpeakPostParametersEncoding3
    | DeepgramV1SpeakPostParametersEncoding4
    | DeepgramV1SpeakPostParametersEncoding5
    | DeepgramV1SpeakPostParametersEncoding6
    | Unset = UNSET,
    model: DeepgramModel | Unset = UNSET,
    sample_rate: DeepgramV1SpeakPostParametersSampleRate0
    | DeepgramV1SpeakPostParametersSampleRate1
    | DeepgramV1SpeakPostParametersSampleRate3
    | DeepgramV1SpeakPostParametersSampleRate4
    | Unset = UNSET,
    speed: float | Unset = UNSET,
) -> Response[DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File]:
    """Text to Speech transformation

     Convert text into natural-sounding speech using Deepgram's TTS REST API

    Args:
        callback (str | Unset):
        callback_method (DeepgramCallbackMethod | Unset): Default: "POST".
        mip_opt_out (bool | Unset): Default: false.
        tag (list[str] | str | Unset):
        bit_rate (DeepgramV1SpeakPostParametersBitRate0 | float | Unset):
        container (DeepgramV1SpeakPostParametersContainer0 |
            DeepgramV1SpeakPostParametersContainer1 | DeepgramV1SpeakPostParametersContainer4 |
            Unset):
        encoding (DeepgramV1SpeakPostParametersEncoding0 | DeepgramV1SpeakPostParametersEncoding1
            | DeepgramV1SpeakPostParametersEncoding2 | DeepgramV1SpeakPostParametersEncoding3 |
            DeepgramV1SpeakPostParametersEncoding4 | DeepgramV1SpeakPostParametersEncoding5 |
            DeepgramV1SpeakPostParametersEncoding6 | Unset):
        model (DeepgramModel | Unset): Default: "aura-asteria-en".
        sample_rate (DeepgramV1SpeakPostParametersSampleRate0 |
            DeepgramV1SpeakPostParametersSampleRate1 | DeepgramV1SpeakPostParametersSampleRate3 |
            DeepgramV1SpeakPostParametersSampleRate4 | Unset):
        speed (float | Unset): Default: 1.
        body (DeepgramRequest | Unset): Request body for text-to-speech conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File]
    """

    kwargs = _get_kwargs(
        body=body,
        callback=callback,
        callback_method=callback_method,
        mip_opt_out=mip_opt_out,
        tag=tag,
        bit_rate=bit_rate,
        container=container,
        encoding=encoding,
        model=model,
        sample_rate=sample_rate,
        speed=speed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeepgramRequest | Unset = UNSET,
    callback: str | Unset = UNSET,
    callback_method: DeepgramCallbackMethod | Unset = UNSET,
    mip_opt_out: bool | Unset = UNSET,
    tag: list[str] | str | Unset = UNSET,
    bit_rate: DeepgramV1SpeakPostParametersBitRate0 | float | Unset = UNSET,
    container: DeepgramV1SpeakPostParametersContainer0
    | DeepgramV1SpeakPostParametersContainer1
    | DeepgramV1SpeakPostParametersContainer4
    | Unset = UNSET,
    encoding: DeepgramV1SpeakPostParametersEncoding0
    | DeepgramV1SpeakPostParametersEncoding1
    | DeepgramV1SpeakPostParametersEncoding2
    | DeepgramV1SpeakPostParametersEncoding3
    | DeepgramV1SpeakPostParametersEncoding4
    | DeepgramV1SpeakPostParametersEncoding5
    | DeepgramV1SpeakPostParametersEncoding6
    | Unset = UNSET,
    model: DeepgramModel | Unset = UNSET,
    sample_rate: DeepgramV1SpeakPostParametersSampleRate0
    | DeepgramV1SpeakPostParametersSampleRate1
    | DeepgramV1SpeakPostParametersSampleRate3
    | DeepgramV1SpeakPostParametersSampleRate4
    | Unset = UNSET,
    speed: float | Unset = UNSET,
) -> DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File | None:
    """Text to Speech transformation

     Convert text into natural-sounding speech using Deepgram's TTS REST API

    Args:
        callback (str | Unset):
        callback_method (DeepgramCallbackMethod | Unset): Default: "POST".
        mip_opt_out (bool | Unset): Default: false.
        tag (list[str] | str | Unset):
        bit_rate (DeepgramV1SpeakPostParametersBitRate0 | float | Unset):
        container (DeepgramV1SpeakPostParametersContainer0 |
            DeepgramV1SpeakPostParametersContainer1 | DeepgramV1SpeakPostParametersContainer4 |
            Unset):
        encoding (DeepgramV1SpeakPostParametersEncoding0 | DeepgramV1SpeakPostParametersEncoding1
            | DeepgramV1SpeakPostParametersEncoding2 | DeepgramV1SpeakPostParametersEncoding3 |
            DeepgramV1SpeakPostParametersEncoding4 | DeepgramV1SpeakPostParametersEncoding5 |
            DeepgramV1SpeakPostParametersEncoding6 | Unset):
        model (DeepgramModel | Unset): Default: "aura-asteria-en".
        sample_rate (DeepgramV1SpeakPostParametersSampleRate0 |
            DeepgramV1SpeakPostParametersSampleRate1 | DeepgramV1SpeakPostParametersSampleRate3 |
            DeepgramV1SpeakPostParametersSampleRate4 | Unset):
        speed (float | Unset): Default: 1.
        body (DeepgramRequest | Unset): Request body for text-to-speech conversion

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeepgramErrorResponseLegacyError | DeepgramErrorResponseModernError | str | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            callback=callback,
            callback_method=callback_method,
            mip_opt_out=mip_opt_out,
            tag=tag,
            bit_rate=bit_rate,
            container=container,
            encoding=encoding,
            model=model,
            sample_rate=sample_rate,
            speed=speed,
        )
    ).parsed
