"""The run report: what was published, what the audit found, which figures disagree, how to query it."""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import duckdb

from flows.build import AuditResult
from flows.reference import load_reference
from flows.settings import MEMORY_LIMIT, WORKBOOK_NAME, Settings

# Levels, the growth and attainment they allow, and the published figure's verdict: where to start.
EXAMPLE_QUERY = (
    "select province_code, indicator_code, year, check_name, published_as_printed,"
    " denominator_value, numerator_value, computed_lower, computed_upper, verdict"
    " from marts.fct_consistency_checks where verdict <> 'unverifiable' order by year, indicator_code, check_name"
)


@dataclass(frozen=True)
class FactCoverage:
    rows: int
    first_year: int | None
    last_year: int | None

    @property
    def years(self) -> str:
        if self.first_year is None:
            return "none"
        return str(self.first_year) if self.first_year == self.last_year else f"{self.first_year}-{self.last_year}"


@dataclass
class RefreshSummary:
    serving_path: Path
    coverage: dict[str, FactCoverage]
    observations_loaded: int
    audit: AuditResult
    latest_against_target: list[dict[str, object]]
    inconsistent_figures: list[dict[str, object]]
    revised_figures: list[dict[str, object]]  # agreed with what their source could see; later levels differ
    printed_twice: list[dict[str, object]]  # figures one source prints with two values
    verdicts: dict[str, int]  # consistent / inconsistent / revised / unverifiable -> how many checks
    files_stored: int  # the inbox's new files this refresh kept in the store

    @property
    def rows_per_fact(self) -> dict[str, int]:
        return {name: fact.rows for name, fact in self.coverage.items()}

    def as_text(self, query_command: str, shown: Callable[[Path], str] = str) -> str:
        """The closing summary of a refresh from the command line: what was published, where
        everything is, and a query to try."""
        settings = Settings(dir=self.serving_path.parent)
        lines = [f"Published {shown(self.serving_path)} from {_count(self.observations_loaded, 'observation')}"]
        lines += [f"  marts.{name}: {_count(fact.rows, 'row')}, {fact.years}" for name, fact in self.coverage.items()]
        lines.append(
            f"Audit: {len(self.audit.passed)} passed, {len(self.audit.warned)} warned, {len(self.audit.failed)} failed"
        )
        lines.append(
            "Checks of published figures: "
            + (", ".join(f"{n} {verdict}" for verdict, n in sorted(self.verdicts.items())) or "none")
        )
        if self.inconsistent_figures:
            lines.append(f"{_count(len(self.inconsistent_figures), 'inconsistent figure')}: see the run report")
        if self.revised_figures:
            lines.append(f"{_count(len(self.revised_figures), 'figure')} revised by later levels: see the run report")
        if self.files_stored:
            lines.append(f"{_count(self.files_stored, 'new file')} stored in {shown(settings.store_dir)}")
        lines += [
            f"Docs site:   {shown(settings.docs_path)}",
            f"Spreadsheet: {shown(settings.exports_link / WORKBOOK_NAME)}",
            f"Run report:  {shown(settings.report_path)}",
            f"Logs:        {shown(settings.log_dir)}",
            f'Try:         {query_command} "{EXAMPLE_QUERY}"',
        ]
        return "\n".join(lines)

    def as_markdown(self) -> str:
        return "\n\n".join(
            [
                "# Warehouse refresh",
                f"Published `{self.serving_path}` from {self.observations_loaded} observations."
                + (
                    f" {_count(self.files_stored, 'new file')} from the inbox kept in the store."
                    if self.files_stored
                    else ""
                ),
                _table(
                    ["fact", "rows", "years"],
                    [[f"`marts.{name}`", fact.rows, fact.years] for name, fact in self.coverage.items()],
                ),
                f"Audit: {len(self.audit.passed)} passed, {len(self.audit.warned)} warned, "
                f"{len(self.audit.failed)} failed.",
                "Warnings:\n" + ("\n".join(f"- {w}" for w in self.audit.warned) or "- none"),
                "## Latest values against targets",
                _table(
                    [
                        "province",
                        "indicator",
                        "year",
                        "value",
                        "target",
                        "unit",
                        "attainment %",
                        "growth %",
                        "target growth %",
                    ],
                    [
                        [
                            r["province_name"],
                            r["indicator_name_vi"],
                            r["year"],
                            _number(r["value"]),
                            _bounded(r["target_comparator"], r["target_value"]),
                            r["unit"],
                            _number(r["plan_attainment_pct"]),
                            _number(r["growth_pct_reported"]),
                            _bounded(r["target_growth_comparator"], r["target_growth_pct"]),
                        ]
                        for r in self.latest_against_target
                    ],
                ),
                "## Inconsistent figures",
                "Checks of published growth, targets and plan attainment: "
                + (", ".join(f"{n} {verdict}" for verdict, n in sorted(self.verdicts.items())) or "none")
                + " (all of them in `marts.fct_consistency_checks`).",
                _figures_markdown(self.inconsistent_figures, "computed_")
                or "None: every published figure that could be checked agrees with the levels its source could see.",
                "## Revised figures",
                "Figures that agreed with the levels their source could see when it published (or that could"
                " see none), which the levels known now rule out: revisions, not contradictions.",
                _figures_markdown(self.revised_figures, "latest_computed_") or "None.",
                "## Figures one source prints twice",
                self._printed_twice_markdown(),
                "Query it read-only, from the project's folder:",
                f'```sh\n.venv/bin/python -m flows query --warehouse-dir {self.serving_path.parent} "{EXAMPLE_QUERY}"\n'
                f'.venv/bin/duckdb -readonly {self.serving_path} "{EXAMPLE_QUERY}"\n```\n',
            ]
        )

    def _printed_twice_markdown(self) -> str:
        if not self.printed_twice:
            return "None: no source gives one figure two values."
        return "\n\n".join(
            f"- **{f['province_code']} {f['indicator_code']} {f['period']}** in “{f['published_source_title']}”"
            f" ({'they cannot both hold' if f['verdict'] == 'inconsistent' else 'they agree within their precision'}):\n"
            f"  - {f['first_statement_as_printed'] or '-'}: “{f['first_statement_quote']}”\n"
            f"  - {f['published_as_printed'] or _number(f['published_value'])}: “{f['published_quote']}”"
            for f in self.printed_twice
        )


def _count(n: int, thing: str) -> str:
    return f"{n} {thing}" + ("" if n == 1 else "s")


def _figures_markdown(figures: list[dict[str, object]], computed: str) -> str:
    """Each checked figure with its interval, the one the levels allow (`computed` names which
    columns: computed_ or latest_computed_), its sentence and the levels' sources."""
    return "\n\n".join(
        f"- **{f['province_code']} {f['indicator_code']} {f['period']}** ({f['check_name']} check): "
        f"published {f['published_as_printed'] or _number(f['published_value'])} "
        f"= [{_number(f['published_lower'])}, {_number(f['published_upper'])}], "
        f"computed from the levels [{_number(f[computed + 'lower'])}, {_number(f[computed + 'upper'])}].\n"
        f"  - published in “{f['published_source_title']}”: “{f['published_quote']}”\n"
        f"  - levels from “{f['numerator_source_title']}” and “{f['denominator_source_title']}”"
        for f in figures
    )


def _number(value: object) -> str:
    if value is None:
        return "-"
    return f"{value.normalize():f}" if isinstance(value, Decimal) else str(value)


def _bounded(comparator: str | None, value: object) -> str:
    if value is None:
        return "-"
    return f"{'' if comparator in (None, '=') else comparator + ' '}{_number(value)}"


def _table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _dicts(relation: duckdb.DuckDBPyConnection) -> list[dict[str, object]]:
    names = [d[0] for d in relation.description]
    return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]


def summarise(serving_path: Path, observations_loaded: int, audit: AuditResult, files_stored: int) -> RefreshSummary:
    with duckdb.connect(str(serving_path), read_only=True, config={"memory_limit": MEMORY_LIMIT}) as con:
        coverage = {
            name: FactCoverage(*con.execute(f"select count(*), min(year), max(year) from marts.{name}").fetchone())
            for name in load_reference().fact_tables
        }
        latest = _dicts(con.execute("select * from marts.fct_latest_against_target order by all"))
        inconsistent, revised = (
            _dicts(
                con.execute(
                    "select * from marts.fct_consistency_checks where verdict = ? and check_name != 'within_source'"
                    " order by province_code, indicator_code, period, check_name, published_source_id",
                    [verdict],
                )
            )
            for verdict in ("inconsistent", "revised")
        )
        printed_twice = _dicts(
            con.execute(
                "select * from marts.fct_consistency_checks where check_name = 'within_source'"
                " order by province_code, indicator_code, period, published_file_name, published_file_line"
            )
        )
        verdicts = dict(
            con.execute("select verdict, count(*) from marts.fct_consistency_checks group by verdict").fetchall()
        )
    return RefreshSummary(
        serving_path,
        coverage,
        observations_loaded,
        audit,
        latest,
        inconsistent,
        revised,
        printed_twice,
        verdicts,
        files_stored,
    )
