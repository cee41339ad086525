"""`python -m app` is the `parcours` command."""

import sys

from app.cli import main

sys.exit(main())
