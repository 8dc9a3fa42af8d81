"""The hook specifications plugins implement.

One typed spec per hook; the docstring says when the host calls it and what to return.
Plugins import the marker and the callback's type from the package root:
``from scorer import Register, hookimpl``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from scorer.signal import Signal

PROJECT = "misinfo_scorer"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)

#: The callback ``register_signals`` receives: ``register(signal)`` adds one signal to the host.
#: Every plugin declares its hook the same way: ``def register_signals(register: Register) -> None``.
Register = Callable[["Signal"], None]


@hookspec
def register_signals(register: Register) -> None:
    """Register the signals this plugin provides.

    Called once per process, when the host first loads its plugins (before the first article).
    Call ``register(signal)`` once for each signal object; a signal has a unique ``name``, a
    ``version`` and a ``compute(article, doc) -> SignalResult`` method (see ``scorer.signal.Signal``).
    The host, not the plugin, decides how each ``compute`` is called, timed and isolated.

    :param register: the host's callback; raises ``ValueError`` for a duplicate or invalid signal.
    :return: nothing; return values are ignored.
    """
