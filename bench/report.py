"""Render bench/results.json as the table in docs/benchmarks.md, between its markers."""

from pathlib import Path

BEGIN, END = "<!-- results: written by make bench -->", "<!-- end of results -->"
COLUMNS = (
    ("observations", "observations"),
    ("flow_s", "(a) flow s"),
    ("dbt_build_s", "(b) dbt build s"),
    ("floor_s", "(c) floor s"),
    ("flow_over_dbt_build", "a/b"),
    ("flow_over_floor", "a/c"),
    ("load_s", "(d) load s"),
    ("read_csv_s", "read_csv s"),
    ("load_over_read_csv", "load/read_csv"),
    ("peak_rss_mb", "flow peak RSS MB"),
    ("query_ms", "(e) slowest BI query ms"),
    ("check_s", "(f) check s"),
    ("check_over_flow", "f/a"),
)


def table(results: dict) -> str:
    header = "| " + " | ".join(title for _, title in COLUMNS) + " |"
    rule = "|" + "---|" * len(COLUMNS)
    rows = ["| " + " | ".join(str(size.get(key, "-")) for key, _ in COLUMNS) + " |" for size in results["sizes"]]
    machine, versions = results["machine"], results["versions"]
    return "\n".join(
        [
            header,
            rule,
            *rows,
            "",
            f"Cold start (`python -m flows run`, no Prefect server configured, new warehouse folder): "
            f"{results['cold_start_s']} s.",
            f"Machine: {machine['cpus']} CPUs, {machine['memory_gb']} GB, {machine['platform']}, Python {machine['python']}.",
            "Versions: " + ", ".join(f"{name} {v}" for name, v in versions.items()) + ".",
        ]
    )


def write_markdown(results: dict, path: Path) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    before, rest = text.split(BEGIN, 1)
    _, after = rest.split(END, 1)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{before}{BEGIN}\n{table(results)}\n{END}{after}", encoding="utf-8")
