"""The warehouse's flows. Importing the package makes every entry point offline and private
(`python -m flows`, `make`, a Prefect worker, the tests): no telemetry from Prefect or dbt, and
Prefect's state in the project rather than in the user's home. Set before Prefect or dbt is
imported, and only where the user has not chosen otherwise."""

import os
from pathlib import Path

_PRIVATE_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
    "PREFECT_HOME": str(Path(__file__).resolve().parent.parent / ".prefect"),
}
for _name, _value in _PRIVATE_DEFAULTS.items():
    os.environ.setdefault(_name, _value)
