"""Run the command line: ``python -m newsdiff``."""

import sys

from newsdiff._cli import main

sys.exit(main())
