"""``python -m scorer``: the same as the ``misinfo-scorer`` command."""

import sys

from scorer.cli import main

sys.exit(main())
