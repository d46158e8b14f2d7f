"""A mypy plugin that reports a mistaken ``client.speech`` call against the model it names.

Enable it in the mypy configuration (``plugins = ["tts_sdk.mypy"]``). ``client.speech.create``, ``stream`` and
``events`` have one overload per model; when a call matches none of them, mypy alone lists every overload. With
the plugin, a call whose ``model=`` is a string literal is checked against that model's overload, so the message
names the wrong argument (``Argument "voice" to "create" of "SpeechMethods" has incompatible type
"Literal['robot']"; expected "Literal['alloy', ...] | None"``); an unknown id is checked against the closest known
one. Calls that type-check are left as mypy resolves them. basedpyright and pyright need no plugin.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from typing import cast

from mypy import errorcodes as codes
from mypy.checker import TypeChecker
from mypy.messages import format_type
from mypy.nodes import ARG_NAMED, ARG_POS, ARG_STAR, ARG_STAR2, CallExpr
from mypy.plugin import MethodSigContext, Plugin
from mypy.types import (
    AnyType,
    CallableType,
    FunctionLike,
    Instance,
    LiteralType,
    Overloaded,
    ProperType,
    TypeOfAny,
    UnionType,
    get_proper_type,
)
from mypy.types import Type as MypyType

__all__ = ["plugin"]

#: The module whose Protocols type ``client.speech``: written by the generator.
TYPED_MODULE = "tts_sdk_generated._speech_types."


class SpeechCallPlugin(Plugin):
    """Points mypy at the overload of the model a ``client.speech`` call names."""

    def get_method_signature_hook(self, fullname: str) -> Callable[[MethodSigContext], FunctionLike] | None:
        if fullname.startswith(TYPED_MODULE):
            return _SignatureHook().adjust
        return None


class _SignatureHook:
    """mypy asks for one overload item at a time; the verdict is made on the first and kept for the rest."""

    def __init__(self) -> None:
        self._call: CallExpr | None = None
        self._left = 0
        self._verdict: CallableType | None = None

    def adjust(self, ctx: MethodSigContext) -> FunctionLike:
        call = ctx.context
        if not isinstance(call, CallExpr):
            return ctx.default_signature
        if self._call is not call or self._left == 0:
            try:
                self._call, self._left, self._verdict = call, *_judge(ctx, call)
            except (AttributeError, TypeError):  # mypy's internals changed shape: its own listing comes back
                self._call, self._left, self._verdict = call, 1, None
        self._left -= 1
        return self._verdict or ctx.default_signature


def _judge(ctx: MethodSigContext, call: CallExpr) -> tuple[int, CallableType | None]:
    """The number of overload items mypy will ask about, and the signature to give them all (``None``: their own).

    When the call matches no overload and names a model, the model's overload checks it and reports what it
    finds (a model id of no overload gets one line saying so); every item then accepts the call, so mypy adds
    no listing of them.
    """
    checker = cast(TypeChecker, ctx.api)
    callee = get_proper_type(checker.expr_checker.accept(call.callee))
    if not isinstance(callee, Overloaded):
        return 1, None
    count = len(callee.items)
    model = _model_argument(checker, call)
    if model is None or any(kind not in (ARG_POS, ARG_NAMED) for kind in call.arg_kinds):
        return count, None
    if isinstance(model, str):
        own = _overload_of(callee, model)
        if own is None and "provider" in call.arg_names:
            return count, None  # a router's model: the fallback overload's business
        problem = f'"{model}" is not a model this method takes (a model only a router knows needs provider=)'
    elif "provider" not in call.arg_names:
        own = None
        problem = f"a model id of type {format_type(model, checker.options)} needs provider= (or a Literal id)"
    else:
        return count, None
    with checker.msg.filter_errors() as watcher:
        checker.expr_checker.check_call(callee, call.args, call.arg_kinds, call, call.arg_names, object_type=ctx.type)
    if not watcher.has_new_errors():
        return count, None
    if own is None:
        checker.fail(f'Argument "model" to {_method_name(callee)}: {problem}', call, code=codes.ARG_TYPE)
    else:
        with checker.msg.filter_errors(filter_errors=False) as reported:
            checker.expr_checker.check_call(own, call.args, call.arg_kinds, call, call.arg_names, object_type=ctx.type)
        if not reported.has_new_errors():  # the model's overload took it after all: mypy says why not
            return count, None
    anything = AnyType(TypeOfAny.from_error)
    chosen = own or callee.items[0]
    return count, chosen.copy_modified(
        arg_types=[anything, anything], arg_kinds=[ARG_STAR, ARG_STAR2], arg_names=[None, None], variables=[]
    )


def _method_name(callee: Overloaded) -> str:
    """``"create" of "SpeechMethods"``, as mypy names a method in its messages."""
    name = callee.items[0].name or "method"
    method, _, owner = name.partition(" of ")
    return f'"{method}" of "{owner}"' if owner else f'"{method}"'


def _model_argument(checker: TypeChecker, call: CallExpr) -> str | ProperType | None:
    """The string literal passed as ``model=``; else the argument's type, if it is a ``str``."""
    for name, argument in zip(call.arg_names, call.args, strict=True):
        if name == "model":
            typ = get_proper_type(checker.expr_checker.accept(argument))
            literal = typ.last_known_value if isinstance(typ, Instance) else typ
            if isinstance(literal, LiteralType) and isinstance(literal.value, str):
                return literal.value
            if isinstance(typ, Instance) and typ.type.fullname == "builtins.str":
                return typ
    return None


def _overload_of(callee: Overloaded, model: str) -> CallableType | None:
    """The overload whose ``model`` literal is ``model``, else the one with a close known id (a typo)."""
    by_id = {value: item for item in callee.items for value in _model_literals(item)}
    if model in by_id:
        return by_id[model]
    closest = difflib.get_close_matches(model, list(by_id), n=1)
    return by_id[closest[0]] if closest else None


def _model_literals(item: CallableType) -> Iterator[str]:
    if "model" not in item.arg_names:
        return
    formal = get_proper_type(item.arg_types[item.arg_names.index("model")])
    members: list[MypyType] = list(formal.items) if isinstance(formal, UnionType) else [formal]
    for member in map(get_proper_type, members):
        if isinstance(member, LiteralType) and isinstance(member.value, str):
            yield member.value


def plugin(version: str) -> type[Plugin]:
    """mypy's entry point."""
    return SpeechCallPlugin
