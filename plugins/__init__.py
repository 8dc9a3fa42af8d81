"""The built-in signal plugins, installed as ``misinfo_scorer_plugins``.

Each module is a plugin on its own, registered through the ``misinfo_scorer`` entry-point group
exactly as a third-party plugin is. No module here imports another.
"""
