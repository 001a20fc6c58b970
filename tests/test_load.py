"""The raw tables hold exactly what the validator accepted, whatever the text contains."""

from pathlib import Path

import duckdb

from flows.load import RAW_TABLES, write_raw
from flows.reference import load_reference
from flows.validate import find_raw_files, validate_raw_files

SOURCES = (
    "source_id,title,publisher,published_on,kind,url,author,language\n"
    'bao-2020,"Tổng kết năm 2019, ""số liệu"" mới",Báo Nam Định,2020-01-09,press,,,vi\n'
)
OBSERVATIONS = (
    "source_id,province_code,indicator_code,period,measure,status,comparator,value,unit,price_basis,value_as_published,quote\n"
    'bao-2020,36,export_value,2019,growth_pct,estimate,,24.5,pct,,"24,5%","Kim ngạch\r\nxuất khẩu ""tăng"" 24,5%, vượt"\n'
    "bao-2020,36,export_value,2019,level,estimate,~,2087.6,usd_mn,current,,\n"
)


def test_every_accepted_value_reaches_the_raw_tables_unchanged(inbox: Path, tmp_path: Path):
    (inbox / "sources.csv").write_text(SOURCES, encoding="utf-8")
    (inbox / "figures.csv").write_bytes(OBSERVATIONS.encode("utf-8"))
    validated = validate_raw_files(find_raw_files([inbox], ["inbox"]), load_reference())
    build_path = tmp_path / "build" / "warehouse.duckdb"

    counts = write_raw(validated, build_path)

    assert counts == {"sources": 1, "observations": 2}
    with duckdb.connect(str(build_path), read_only=True) as con:
        for table, records in (("sources", validated.sources), ("observations", validated.observations)):
            names = [line.split()[0] for line in RAW_TABLES[table].strip().splitlines()][:-1]
            stored = con.execute(f"select {', '.join(names)} from raw.{table} order by file_line").fetchall()
            assert stored == [tuple(record[n] for n in names) for record in records]
        assert con.execute("select count(distinct loaded_at) from raw.observations").fetchall() == [(1,)]
    assert sorted(p.name for p in build_path.parent.iterdir()) == ["warehouse.duckdb"]  # no scratch left
