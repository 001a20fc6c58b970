"""`make bench`: how the refresh's cost grows with size, side by side with what it cannot beat.

For the shipped figures and each synthetic size (bench/generate.py), one run measures:
(a) the flow refresh from the command line, against a running Prefect server;
(b) plain `dbt build` on the same loaded raw data; (c) the floor: the models' and data
tests' compiled SQL run directly in one DuckDB connection; (d) our validated load against
DuckDB's own `read_csv` of the same files; (e) typical BI queries on the published marts;
(f) `python -m flows check` on the same files, as an analyst runs it.
Each figure is the median of several runs. Results go to bench/results.json and
docs/benchmarks.md.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import duckdb

from bench.generate import generate
from bench.report import write_markdown
from flows.load import load_raw
from flows.raw_files import find_raw_files
from flows.reference import load_reference
from flows.serve import local_prefect_server
from flows.settings import MEMORY_LIMIT, PROJECT_DIR, SHIPPED_RAW_DIR, STORAGE_COMPATIBILITY_VERSION, Settings

BENCH_DIR = PROJECT_DIR / "bench"
DATA_DIR = BENCH_DIR / "data"  # ignored by git: synthetic files and scratch warehouses
RESULTS_PATH = BENCH_DIR / "results.json"
PYTHON = sys.executable
DBT = str(Path(sys.executable).with_name("dbt"))

# What a dashboard over the marts asks: a chart per fact, a province's latest figures, a filter.
BI_QUERIES = {
    "exports_by_year": "select year, value, unit, growth_pct, growth_check from marts.fct_exports_by_year where province_code = '36' order by year",
    "output_latest_year": "select province_name, value, growth_pct, plan_attainment_pct from marts.fct_industrial_output_by_year where year = (select max(year) from marts.fct_industrial_output_by_year)",
    "checks_summary": "select indicator_code, growth_check, count(*) from marts.fct_retail_by_year group by all order by all",
    "observations_of_a_series": "select period, value, status, source_id from marts.fct_observations where province_code = '37' and indicator_code = 'export_value' and period like '2020%' and is_used order by period",
}


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float


def run_command(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a command to completion; its wall time and its peak resident memory (bench/peak_rss.py)."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".kb") as peak:
        started = time.perf_counter()
        process = subprocess.run(
            [PYTHON, "-m", "bench.peak_rss", peak.name, *command],
            cwd=PROJECT_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        seconds = time.perf_counter() - started
        if process.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{process.stdout.decode(errors='replace')[-3000:]}")
        return Run(seconds, int(peak.read()) / 1024)


def median_of(repeats: int, measure: Callable[[], Run]) -> Run:
    runs = [measure() for _ in range(repeats)]
    return Run(statistics.median(r.seconds for r in runs), max(r.peak_rss_mb for r in runs))


def timed(action: Callable[[], object]) -> Run:
    started = time.perf_counter()
    action()
    return Run(time.perf_counter() - started, 0.0)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def raw_dirs(inbox: Path | None) -> list[Path]:
    """The shipped figures, then the synthetic inbox: what the flow loads."""
    return [SHIPPED_RAW_DIR] + ([inbox] if inbox else [])


def raw_files(inbox: Path | None) -> list[Path]:
    return [path for directory in raw_dirs(inbox) for path in sorted(directory.glob("*.csv"))]


def our_load(inbox: Path | None, build_path: Path) -> int:
    directories = raw_dirs(inbox)
    files = find_raw_files(directories, [d.name for d in directories])
    return load_raw(files, load_reference(), build_path)["observations"]


def duckdb_read_csv(inbox: Path | None, path: Path) -> None:
    """DuckDB's own reader, every column as text: the same bytes into tables, nothing checked."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    config = {"storage_compatibility_version": STORAGE_COMPATIBILITY_VERSION, "memory_limit": MEMORY_LIMIT}
    with duckdb.connect(str(path), config=config) as con:
        for kind in ("observations", "sources"):
            files = [str(p) for p in raw_files(inbox) if p.name == f"{kind}.csv"]
            con.execute(f"create table {kind} as select * from read_csv({files}, all_varchar = true, header = true)")


def dbt_env(build_path: Path) -> dict[str, str]:
    return os.environ | {"WAREHOUSE_BUILD_PATH": str(build_path), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}


def floor(manifest_path: Path, dbt_built: Path, raw: Path, path: Path) -> float:
    """The models' and data tests' compiled SQL, in dependency order, in one connection.
    Seeds are copied from dbt's build: they are a few rows and not what grows."""
    manifest = json.loads(manifest_path.read_text())
    nodes = {k: v for k, v in manifest["nodes"].items() if v["resource_type"] in ("model", "test", "seed")}
    ordered, done = [], set()

    def visit(unique_id: str) -> None:
        if unique_id in done or unique_id not in nodes:
            return
        done.add(unique_id)
        for parent in nodes[unique_id].get("depends_on", {}).get("nodes", []):
            visit(parent)
        ordered.append(nodes[unique_id])

    for unique_id in sorted(nodes):
        visit(unique_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(raw, path)
    with duckdb.connect(str(path), config={"memory_limit": MEMORY_LIMIT}) as con:  # as dbt has
        con.execute(f"attach '{dbt_built}' as built (read_only)")
        for node in ordered:
            if node["resource_type"] == "seed":
                con.execute(f"create schema if not exists {node['schema']}")
                con.execute(
                    f"create table {node['schema']}.{node['name']} as from built.{node['schema']}.{node['name']}"
                )
        con.execute("detach built")
        started = time.perf_counter()
        for node in ordered:
            sql = node.get("compiled_code")
            if node["resource_type"] == "model":
                kind = "view" if node["config"]["materialized"] == "view" else "table"
                con.execute(f"create schema if not exists {node['schema']}")
                con.execute(f"create or replace {kind} {node['schema']}.{node['alias']} as {sql}")
            elif node["resource_type"] == "test" and sql:
                con.execute(f"select count(*) from ({sql})").fetchall()
        return time.perf_counter() - started


def bi_query_ms(serving: Path, repeats: int) -> dict[str, float]:
    with duckdb.connect(str(serving), read_only=True) as con:
        latencies = {}
        for name, sql in BI_QUERIES.items():
            runs = []
            for _ in range(repeats):
                started = time.perf_counter()
                con.execute(sql).fetchall()
                runs.append((time.perf_counter() - started) * 1000)
            latencies[name] = round(statistics.median(runs), 2)
        return latencies


def median_ratio(numerators: list[float], denominators: list[float]) -> float:
    """Run by run: on a shared machine whose speed drifts, pairs taken together compare fairly."""
    return round(statistics.median(n / d for n, d in zip(numerators, denominators, strict=True)), 2)


def measure_size(label: str, observations: int | None, repeats: int, api_url: str) -> dict[str, object]:
    """Every contender once per round, in turn, for `repeats` rounds."""
    work = DATA_DIR / "work" / label
    shutil.rmtree(work, ignore_errors=True)
    inbox = None
    if observations:
        inbox = DATA_DIR / f"synthetic-{observations}"
        if not (inbox / "observations.csv").exists():
            print(f"  generating {observations} synthetic observations", flush=True)
            generate(observations, inbox)
    warehouse = work / "warehouse"
    flow_command = [PYTHON, "-m", "flows", "run", "--warehouse-dir", str(warehouse)]
    flow_command += ["--inbox", str(inbox)] if inbox else []
    check_command = [PYTHON, "-m", "flows", "check"] + (["--inbox", str(inbox)] if inbox else [])
    raw = work / "loaded" / "warehouse.duckdb"  # the catalog name the compiled SQL uses
    dbt_built, target = work / "dbt" / "warehouse.duckdb", work / "dbt" / "target"
    dbt_built.parent.mkdir(parents=True)
    dbt_command = [DBT, "build", "--project-dir", ".", "--profiles-dir", ".", "--target-path", str(target)]
    dbt_command += ["--log-path", str(work / "dbt" / "logs")]

    runs: dict[str, list[Run]] = {name: [] for name in ("load", "read_csv", "flow", "dbt_build", "check")}
    floors = []
    for round_number in range(1, repeats + 1):
        print(f"[{label}] round {round_number}/{repeats}", flush=True)
        runs["load"].append(timed(lambda: our_load(inbox, raw)))
        runs["read_csv"].append(timed(lambda: duckdb_read_csv(inbox, work / "read_csv" / "warehouse.duckdb")))
        runs["flow"].append(run_command(flow_command, os.environ | {"PREFECT_API_URL": api_url}))
        shutil.copy(raw, dbt_built)
        runs["dbt_build"].append(run_command(dbt_command, dbt_env(dbt_built)))
        floors.append(floor(target / "manifest.json", dbt_built, raw, work / "floor" / "warehouse.duckdb"))
        runs["check"].append(run_command(check_command))
        print(
            "  " + ", ".join(f"{name} {r[-1].seconds:.2f} s" for name, r in runs.items()), f"floor {floors[-1]:.2f} s"
        )
    seconds = {name: [r.seconds for r in rs] for name, rs in runs.items()}
    with duckdb.connect(str(raw), read_only=True) as con:
        loaded = con.execute("select count(*) from raw.observations").fetchall()[0][0]
    queries = bi_query_ms(warehouse / "warehouse.duckdb", repeats=max(5, repeats))
    # dbt's timing of every node, for profiling; the scratch warehouses take gigabytes at big sizes.
    shutil.copy(target / "run_results.json", DATA_DIR / f"run_results-{label}.json")
    shutil.rmtree(work)
    return {
        "label": label,
        "observations": loaded,
        "flow_s": round(statistics.median(seconds["flow"]), 3),
        "dbt_build_s": round(statistics.median(seconds["dbt_build"]), 3),
        "floor_s": round(statistics.median(floors), 3),
        "load_s": round(statistics.median(seconds["load"]), 3),
        "read_csv_s": round(statistics.median(seconds["read_csv"]), 3),
        "peak_rss_mb": round(max(r.peak_rss_mb for r in runs["flow"]), 1),
        "dbt_build_peak_rss_mb": round(max(r.peak_rss_mb for r in runs["dbt_build"]), 1),
        "query_ms": max(queries.values()),
        "queries_ms": queries,
        "flow_over_dbt_build": median_ratio(seconds["flow"], seconds["dbt_build"]),
        "flow_over_floor": median_ratio(seconds["flow"], floors),
        "load_over_read_csv": median_ratio(seconds["load"], seconds["read_csv"]),
        "check_s": round(statistics.median(seconds["check"]), 3),
        "check_over_flow": median_ratio(seconds["check"], seconds["flow"]),
        "repeats": repeats,
    }


def cold_start(repeats: int) -> float:
    """`make run` after set-up: the CLI with no Prefect server configured and a new warehouse."""

    def once() -> Run:
        warehouse = DATA_DIR / "work" / "cold"
        shutil.rmtree(warehouse, ignore_errors=True)
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        # On a busy machine the temporary server can take longer than Prefect's 20 s default to start.
        env["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] = "180"
        return run_command([PYTHON, "-m", "flows", "run", "--warehouse-dir", str(warehouse)], env)

    seconds = median_of(repeats, once).seconds
    shutil.rmtree(DATA_DIR / "work" / "cold", ignore_errors=True)
    return round(seconds, 3)


def machine() -> dict[str, object]:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    memory_kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gb": round(memory_kb / 1024**2, 1),
    }


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--sizes", default="1000,100000,1000000", help="synthetic observation counts, comma-separated")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is reported")
    parser.add_argument("--cold-starts", type=int, default=3, help="runs of the cold start; 0 skips it")
    args = parser.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",") if s.strip()]
    os.environ.update({"DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stop the Prefect server on the way out
    results = {
        "machine": machine(),
        "versions": {p: version(p) for p in ("duckdb", "dbt-core", "dbt-duckdb", "prefect", "babel")},
        "cold_start_s": cold_start(args.cold_starts) if args.cold_starts else None,
        "sizes": [],
    }
    RESULTS_PATH.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    server = Settings(dir=DATA_DIR / "server", server_port=free_port())  # its state in bench/data/server/.prefect
    with local_prefect_server(server, schedules=False) as api_url:
        for label, observations in [("shipped", None)] + [(f"{n:.0e}", n) for n in sizes]:
            results["sizes"].append(measure_size(label, observations, args.repeats, api_url))
            RESULTS_PATH.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    write_markdown(results, PROJECT_DIR / "docs" / "benchmarks.md")
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
