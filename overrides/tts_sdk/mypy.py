"""A mypy plugin that reports a mistaken ``client.speech`` call against the model it names.

Enable it in the mypy configuration (``plugins = ["tts_sdk.mypy"]``). ``client.speech.create``, ``stream`` and
``events`` have one overload per model; when a call matches none of them, mypy alone lists every overload. With
the plugin, a call that matches none is checked against the overload of the model (and ``provider=``) it names,
so the message names the wrong argument (``Argument "voice" to "create" of "SpeechMethods" has incompatible type
"Literal['robot']"; expected "Literal['alloy', ...] | None"``); a typo'd id is checked against the closest known
one. Calls that type-check are left as mypy resolves them. basedpyright and pyright need no plugin.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import cast

from mypy.checker import TypeChecker
from mypy.errorcodes import ARG_TYPE
from mypy.nodes import ARG_NAMED, ARG_POS, ARG_STAR, ARG_STAR2, CallExpr
from mypy.plugin import MethodSigContext, Plugin
from mypy.types import (
    AnyType,
    CallableType,
    FunctionLike,
    Instance,
    LiteralType,
    Overloaded,
    TypeOfAny,
    UnionType,
    get_proper_type,
)

__all__ = ["plugin"]

#: The module whose Protocols type ``client.speech``: written by the generator.
TYPED_MODULE = "tts_sdk_generated._speech_types."


class SpeechCallPlugin(Plugin):
    """Points mypy at the overload of the model a ``client.speech`` call names."""

    def get_method_signature_hook(self, fullname: str) -> Callable[[MethodSigContext], FunctionLike] | None:
        if fullname.startswith(TYPED_MODULE):
            return _OneVerdict().adjust  # mypy fetches the hook anew for each call it checks
        return None


class _OneVerdict:
    """mypy hands the hook one overload item at a time: the verdict is made on the first and given to all."""

    def __init__(self) -> None:
        self._judged = False
        self._verdict: CallableType | None = None

    def adjust(self, ctx: MethodSigContext) -> FunctionLike:
        if not self._judged:
            self._judged = True
            try:
                self._verdict = _judge(ctx, ctx.context) if isinstance(ctx.context, CallExpr) else None
            except Exception:  # never crash mypy (its internals may change shape): it lists them all
                self._verdict = None
        return self._verdict or ctx.default_signature


def _judge(ctx: MethodSigContext, call: CallExpr) -> CallableType | None:
    """The signature to give every overload item (``None``: their own).

    When the call matches no overload, the overload of the model (and provider) it names checks it and reports
    what it finds (a model no overload takes gets one line saying so); every item then accepts the call, so
    mypy adds no listing of them.
    """
    checker = cast(TypeChecker, ctx.api)
    callee = get_proper_type(checker.expr_checker.accept(call.callee))
    model, provider = _string_argument(checker, call, "model"), _string_argument(checker, call, "provider")
    if (
        not isinstance(callee, Overloaded)
        or model is None
        or isinstance(provider, Instance)
        or {*call.arg_kinds} - {ARG_POS, ARG_NAMED}
    ):
        return None
    with checker.msg.filter_errors() as watcher:
        checker.expr_checker.check_call(callee, call.args, call.arg_kinds, call, call.arg_names, object_type=ctx.type)
    if not watcher.has_new_errors():
        return None
    own = _overload_of(callee, model if isinstance(model, str) else None, provider)
    if own is None:
        checker.fail(f'Argument "model" to {_method_name(callee)}: {_unknown(model, provider)}', call, code=ARG_TYPE)
    else:
        with checker.msg.filter_errors(filter_errors=False) as reported:
            checker.expr_checker.check_call(own, call.args, call.arg_kinds, call, call.arg_names, object_type=ctx.type)
        if not reported.has_new_errors():  # the model's overload took it after all: mypy says why not
            return None
    anything = AnyType(TypeOfAny.from_error)
    return (own or callee.items[0]).copy_modified(
        arg_types=[anything, anything], arg_kinds=[ARG_STAR, ARG_STAR2], arg_names=[None, None], variables=[]
    )


def _string_argument(checker: TypeChecker, call: CallExpr, name: str) -> str | Instance | None:
    """The string literal passed as ``name=``; its type if it is some other ``str``; else ``None``."""
    if name not in call.arg_names:
        return None
    typ = get_proper_type(checker.expr_checker.accept(call.args[call.arg_names.index(name)]))
    literal = typ.last_known_value if isinstance(typ, Instance) else typ
    if isinstance(literal, LiteralType) and isinstance(literal.value, str):
        return literal.value
    return typ if isinstance(typ, Instance) and typ.type.fullname == "builtins.str" else None


def _overload_of(callee: Overloaded, model: str | None, provider: str | None) -> CallableType | None:
    """The first overload taking the provider named (none: one where it is optional) and the model id (``None``:
    any id); else the one with a known id close to it (a typo)."""
    candidates = [item for item in callee.items if "model" in item.arg_names and _takes(item, "provider", provider)]
    for item in candidates:
        if _takes(item, "model", model):
            return item
    by_id = {value: item for item in candidates for value in _accepted(item, "model")[0]}
    closest = difflib.get_close_matches(model, list(by_id), n=1) if model is not None else []
    return by_id[closest[0]] if closest else None


def _takes(item: CallableType, name: str, value: str | None) -> bool:
    """Whether the overload takes ``value`` as ``name`` (``None``: leaving it out, or any string)."""
    if name not in item.arg_names:
        return False
    values, any_string = _accepted(item, name)
    if value is not None:
        return value in values or any_string
    return any_string if name == "model" else item.arg_kinds[item.arg_names.index(name)].is_optional()


def _accepted(item: CallableType, name: str) -> tuple[set[str], bool]:
    """The string literals an overload's parameter takes, and whether it takes any ``str``."""
    if name not in item.arg_names:
        return set(), False
    formal = get_proper_type(item.arg_types[item.arg_names.index(name)])
    members = [get_proper_type(member) for member in (formal.items if isinstance(formal, UnionType) else [formal])]
    values = {member.value for member in members if isinstance(member, LiteralType) and isinstance(member.value, str)}
    return values, any(isinstance(member, Instance) and member.type.fullname == "builtins.str" for member in members)


def _unknown(model: str | Instance, provider: str | None) -> str:
    """Why no overload takes the model: one line."""
    if isinstance(model, str):
        named = f'"{model}" is not a model this method takes' + (f' from "{provider}"' if provider else "")
        return named + ("" if provider else " (a model only a router knows needs provider=)")
    return 'a model id of type "str" needs a Literal id' + ("" if provider else ", or provider=")


def _method_name(callee: Overloaded) -> str:
    """``"create" of "SpeechMethods"``, as mypy names a method in its messages."""
    name = callee.items[0].name or "method"
    method, _, owner = name.partition(" of ")
    return f'"{method}" of "{owner}"' if owner else f'"{method}"'


def plugin(version: str) -> type[Plugin]:
    """mypy's entry point."""
    return SpeechCallPlugin
