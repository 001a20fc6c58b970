"""Command line: `python -m flows run|serve|query`; see `python -m flows --help`."""

import sys

from flows.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
