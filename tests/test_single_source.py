"""Each code list is written once, in its seed: in a copy of the project, a new status added to
seeds/reference/statuses.csv, and nothing else, lets a figure with that status load, rank
among its vintages and reach the yearly facts, through the real loader and the real dbt build."""

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb

from flows.settings import PROJECT_DIR, REFERENCE_DIR

# What a checkout holds besides the project: environments, builds, caches.
NOT_THE_PROJECT = shutil.ignore_patterns(
    ".git", ".venv*", "warehouse", "target", "logs", ".prefect", "data", "__pycache__", ".*_cache", "dbt_packages"
)
# A status the shipped lists do not have, ranked before every other.
NEW_STATUS = ["revised", "điều chỉnh", "revised", "0", "false", "A figure a later edition corrected."]
YEARBOOK = (
    "source_id,title,publisher,published_on,kind,url,author,language\n"
    'ngtk-namdinh-2023-t78,"Niên giám thống kê tỉnh Nam Định 2023, bảng 78: Tổng mức bán lẻ hàng hoá và'
    ' doanh thu dịch vụ theo giá hiện hành phân theo ngành kinh doanh",Cục Thống kê tỉnh Nam Định,2024,yearbook,'
    "https://namdinh.gso.gov.vn/uploads/An-pham/nien_giam_2023/files/basic-html/page113.html,,vi\n"
)
# The yearbook's 2018 retail sales, once as an actual figure and once with the new status.
FIGURES = (
    "source_id,province_code,indicator_code,period,measure,status,value,unit,price_basis,value_as_published\n"
    "ngtk-namdinh-2023-t78,36,retail_sales_services,2018,level,actual,39999306,vnd_mn,current,39999306\n"
    "ngtk-namdinh-2023-t78,36,retail_sales_services,2018,level,revised,39999306,vnd_mn,current,39999306\n"
)


def refresh(project: Path, inbox: Path, warehouse: Path, api_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows", "run", "--inbox", str(inbox), "--warehouse-dir", str(warehouse)],
        cwd=project,
        env=os.environ | {"PREFECT_API_URL": api_url},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_one_seed_row_is_enough_for_a_new_status(tmp_path: Path, prefect_server: str):
    project, inbox = tmp_path / "project", tmp_path / "inbox"
    shutil.copytree(PROJECT_DIR, project, ignore=NOT_THE_PROJECT)
    inbox.mkdir()
    (inbox / "sources.csv").write_text(YEARBOOK, encoding="utf-8")
    (inbox / "figures.csv").write_text(FIGURES, encoding="utf-8")

    refused = refresh(project, inbox, tmp_path / "before", prefect_server)
    assert refused.returncode == 1
    seed = (REFERENCE_DIR / "statuses.csv").read_text(encoding="utf-8").splitlines()
    statuses = sorted(row["status_code"] for row in csv.DictReader(seed))
    assert f"inbox/figures.csv:3: status: unknown code; expected one of {', '.join(statuses)}" in refused.stdout

    with (project / "seeds" / "reference" / "statuses.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerow(NEW_STATUS)
    published = refresh(project, inbox, tmp_path / "after", prefect_server)

    assert published.returncode == 0, published.stdout + published.stderr
    with duckdb.connect(str(tmp_path / "after" / "warehouse.duckdb"), read_only=True) as con:
        vintages = con.execute(
            "select status, vintage_rank, is_used from marts.fct_observations"
            " where source_id = 'ngtk-namdinh-2023-t78' order by vintage_rank"
        ).fetchall()
        fact = con.execute(
            "select value, unit, value_status from marts.fct_retail_by_year where province_code = '36' and year = 2018"
        ).fetchall()
    assert vintages == [("revised", 1, True), ("actual", 2, False)]
    assert [(str(value), unit, status) for value, unit, status in fact] == [("39999.306", "vnd_bn", "revised")]
