"""The HTTP service for CMS publish hooks (``misinfo-scorer serve``).

``create_app(settings)`` builds the ASGI app; ``add_serve_parser(subparsers)`` adds ``serve`` to the
command line. The web stack (FastAPI, uvicorn, prometheus-client) is the ``service`` extra and is
imported only when the app is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scorer.service.serve_command import add_serve_parser
from scorer.service.settings import Settings

if TYPE_CHECKING:
    from scorer.service.app import create_app

__all__ = ["Settings", "add_serve_parser", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from scorer.service.app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
