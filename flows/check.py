"""`python -m flows check`: every rule of docs/contract.md on the shipped files and the inbox,
as a refresh applies them, with nothing built and nothing kept.

The rules are the loader's own: the files are loaded into a build file in a temporary folder,
which goes when the check ends, so the warehouse folder is never touched.
"""

import tempfile
from dataclasses import dataclass
from pathlib import Path

from flows.load import files_to_load, load_raw
from flows.reference import load_reference
from flows.settings import SERVING_FILE_NAME, Settings


@dataclass(frozen=True)
class CheckPassed:
    files: int
    sources: int
    observations: int

    def __str__(self) -> str:
        return (
            f"no problems: {self.observations} observations and {self.sources} sources"
            f" in {self.files} files follow the contract"
        )


def check_raw_files(settings: Settings) -> CheckPassed:
    """What a refresh would load, or RawInputError (flows.raw_files) naming every problem."""
    files = files_to_load(settings)
    with tempfile.TemporaryDirectory(prefix="warehouse-check-") as scratch:
        counts = load_raw(files, load_reference(), Path(scratch) / SERVING_FILE_NAME)
    return CheckPassed(len(files), counts["sources"], counts["observations"])
