"""``python -m bench``: run the benchmark driver."""

import sys

from bench.run import main

sys.exit(main())
