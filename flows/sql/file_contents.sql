-- What each loaded raw file holds: its records and the sources they name. The store's manifest
-- keeps this for every file it keeps.
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
group by records.file_index
order by records.file_index
