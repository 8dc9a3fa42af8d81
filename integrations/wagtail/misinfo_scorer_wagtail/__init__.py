"""misinfo-scorer for Wagtail: score pages in-process as they are published, hold on ``hold``.

Add ``"misinfo_scorer_wagtail"`` to ``INSTALLED_APPS``; see README.md.
"""

__version__ = "0.2.0"
