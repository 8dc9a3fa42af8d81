"""Plugin discovery: the pluggy manager, entry points, environment switches and the signal registry.

Built-in and third-party plugins are found the same way, through the ``misinfo_scorer`` entry-point
group. Environment switches (read when the registry is built):

- ``MISINFO_SCORER_LOAD_PLUGINS=a,b``: load only these plugins (entry-point or distribution names);
  set but empty, load none.
- ``MISINFO_SCORER_DISABLE_PLUGINS=a,b``: load all but these.
- ``MISINFO_SCORER_TRACE_PLUGINS=1``: print every hook call and its result to standard error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from scorer import entities, hookspecs
from scorer.contract import PluginError
from scorer.signal import Signal

ENTRY_POINT_GROUP = hookspecs.PROJECT
THIS_DISTRIBUTION = "misinfo-scorer"


@dataclass(frozen=True)
class SignalInfo:
    """A registered signal and where it came from."""

    signal: Signal
    plugin: str  # the plugin (entry point or registered name) that registered it
    origin: str  # "built-in", "<distribution> <version>", or "registered"

    @property
    def name(self) -> str:
        return self.signal.name

    @property
    def version(self) -> str:
        return str(getattr(self.signal, "version", "?"))


@dataclass
class Registry:
    """The loaded plugins and the signals they registered."""

    pm: pluggy.PluginManager
    signals: list[SignalInfo] = field(default_factory=list)
    load_errors: list[PluginError] = field(default_factory=list)
    origins: dict[str, str] = field(default_factory=dict)  # plugin name -> origin

    def signal_names(self) -> list[str]:
        return [s.name for s in self.signals]


def _split_env(name: str) -> set[str] | None:
    value = os.environ.get(name)
    if value is None:
        return None
    return {part.strip() for part in value.split(",") if part.strip()}


def _origin(ep: metadata.EntryPoint) -> str:
    dist = ep.dist
    if dist is None:
        return "entry point"
    dist_name = dist.metadata["Name"] or "?"
    if dist_name.lower().replace("_", "-") == THIS_DISTRIBUTION:
        return "built-in"
    return f"{dist_name} {dist.version}"


def new_plugin_manager() -> pluggy.PluginManager:
    """A plugin manager with the hookspecs added and nothing registered."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    if os.environ.get("MISINFO_SCORER_TRACE_PLUGINS"):
        _install_tracing(pm)
    return pm


def _install_tracing(pm: pluggy.PluginManager) -> None:
    def before(hook_name: str, hook_impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]) -> None:
        names = ", ".join(impl.plugin_name for impl in hook_impls)
        print(f"[misinfo-scorer trace] {hook_name}({', '.join(kwargs)}) -> [{names}]", file=sys.stderr)

    def after(
        outcome: pluggy.Result[Any], hook_name: str, hook_impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]
    ) -> None:
        try:
            result = outcome.get_result()
        except BaseException as exc:  # reported, and re-raised by pluggy itself
            result = f"raised {exc!r}"
        print(f"[misinfo-scorer trace] {hook_name} returned {result!r}", file=sys.stderr)

    pm.add_hookcall_monitoring(before, after)


def load_entry_points(pm: pluggy.PluginManager, registry: Registry) -> None:
    """Register every plugin in the entry-point group that the environment switches allow.

    A plugin that fails to import is recorded in ``registry.load_errors``; the others still load.
    """
    only = _split_env("MISINFO_SCORER_LOAD_PLUGINS")
    disabled = _split_env("MISINFO_SCORER_DISABLE_PLUGINS") or set()
    for ep in sorted(metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        dist_name = ep.dist.metadata["Name"] if ep.dist is not None else ""
        names = {ep.name, dist_name}
        if only is not None and not names & only:
            continue
        if names & disabled or pm.has_plugin(ep.name) or pm.is_blocked(ep.name):
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
        except Exception as exc:
            registry.load_errors.append(PluginError(ep.name, f"could not load plugin: {exc!r}"))
            continue
        registry.origins[ep.name] = _origin(ep)


def build_registry(
    *, entry_points: bool = True, extra_plugins: Iterable[tuple[str, object]] = ()
) -> Registry:
    """Load plugins and collect their signals.

    :param entry_points: load plugins from the ``misinfo_scorer`` entry-point group (the built-ins
        included), subject to the environment switches.
    :param extra_plugins: ``(name, plugin)`` pairs registered directly, e.g. by tests or an
        application embedding the scorer.
    """
    entities.install()  # Token._.entity, public API for signals: there before any plugin loads
    pm = new_plugin_manager()
    registry = Registry(pm=pm)
    if entry_points:
        load_entry_points(pm, registry)
    for name, plugin in extra_plugins:
        pm.register(plugin, name=name)
        registry.origins[name] = "registered"
    pm.check_pending()
    _collect_signals(registry)
    return registry


def _collect_signals(registry: Registry) -> None:
    """Call every plugin's ``register_signals`` one at a time, so one broken plugin costs only itself."""
    seen: dict[str, str] = {}
    pm = registry.pm
    impls = pm.hook.register_signals.get_hookimpls()
    for impl in impls:
        plugin_name = impl.plugin_name
        others = [other.plugin for other in impls if other is not impl]
        # through pluggy (not impl.function) so tracing and hook wrappers still apply
        call_one = pm.subset_hook_caller("register_signals", remove_plugins=others)

        def register(signal: Signal, _plugin: str = plugin_name) -> None:
            _validate_signal(signal)
            if signal.name in seen:
                raise ValueError(
                    f"signal {signal.name!r} is already registered by plugin {seen[signal.name]!r}"
                )
            seen[signal.name] = _plugin
            registry.signals.append(
                SignalInfo(signal, _plugin, registry.origins.get(_plugin, "registered"))
            )

        try:
            call_one(register=register)
        except Exception as exc:
            registry.load_errors.append(PluginError(plugin_name, f"register_signals failed: {exc!r}"))
    registry.signals.sort(key=lambda s: s.name)


def _validate_signal(signal: object) -> None:
    name = getattr(signal, "name", None)
    if not isinstance(name, str) or not name.isidentifier():
        raise ValueError(f"a signal needs a 'name' that is a Python identifier, got {name!r}")
    if not callable(getattr(signal, "compute", None)):
        raise ValueError(f"signal {name!r} has no compute(article, doc) method")
    if not isinstance(getattr(signal, "version", None), str):
        raise ValueError(f"signal {name!r} needs a 'version' string")
