"""``python -m scorer.service``: the same as ``misinfo-scorer serve``."""

import sys

from scorer.service.serve_command import main

sys.exit(main())
