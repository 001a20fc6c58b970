"""Command line: `python -m flows run [--inbox DIR] [--warehouse-dir DIR]`."""

import sys

from flows.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
