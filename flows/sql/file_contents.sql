-- What each raw file from the given position on holds: its records and the sources they name.
-- The store's manifest keeps this for every file it keeps.
select
    records.file_index,
    count(*) as records,
    list_sort(list(distinct records.source_id)) as source_ids
from (
    select
        file_index,
        source_id
    from raw_files.sources
    union all
    select
        file_index,
        source_id
    from raw_files.observations
) as records
where records.file_index >= getvariable('first_file_index')
group by records.file_index
order by records.file_index
