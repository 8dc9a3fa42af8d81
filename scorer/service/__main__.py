"""``python -m scorer.service``: the same as ``misinfo-scorer serve``."""

import sys

from scorer.service.cli import main

sys.exit(main())
