"""``python -m cli``: the ``reportqa`` console script without installing it."""

import sys

from cli.main import main

sys.exit(main())
