-- Every record passed the rules. raw.sources and raw.observations are views over the records as
-- read and parsed (typed_records.sql), each source and each figure once, at its first occurrence,
-- with its lineage. Each value as written sits beside its parse, the parse the rules checked:
-- the models parse nothing again.

-- How each printed figure reads (flows/published_numbers.py): the precision it was published to.
create table raw.published_readings as
select
    value_as_published,
    language,
    unit,
    published_decimals,
    precision_unit
from intake.published_readings
where problem is null;

-- Figures that say again what an earlier record said: raw.observations leaves them out.
create table raw.repeated_records as
select
    file_index,
    file_line
from repeated_observations
where occurrence > 1;

-- A source given in several rows: each field as first stated, with the lineage of its first row.
create view raw.sources as
select
    s.source_id,
    arg_min(s.title, [s.file_index, s.file_line]) as title,
    arg_min(s.publisher, [s.file_index, s.file_line]) as publisher,
    arg_min(s.published_on, [s.file_index, s.file_line]) as published_on,
    arg_min(s.published_date, [s.file_index, s.file_line]) as published_date,
    arg_min(s.kind, [s.file_index, s.file_line]) as kind,
    arg_min(s.url, [s.file_index, s.file_line]) as url,
    arg_min(s.author, [s.file_index, s.file_line]) as author,
    coalesce(arg_min(s.stated_language, [s.file_index, s.file_line]), 'vi') as language,
    arg_min(f.file_name, [s.file_index, s.file_line]) as file_name,
    arg_min(s.file_line, [s.file_index, s.file_line]) as file_line,
    arg_min(f.file_sha256, [s.file_index, s.file_line]) as file_sha256,
    arg_min(f.loaded_at, [s.file_index, s.file_line]) as loaded_at
from raw_files.typed_sources as s
inner join raw.files as f on s.file_index = f.file_index
group by s.source_id;

create view raw.observations as
select
    o.source_id,
    o.province_code,
    o.indicator_code,
    o.period,
    o.period_year,
    o.period_kind,
    o.measure,
    o.status,
    o.comparator,
    o.value,
    o.value_decimal,
    o.unit,
    o.price_basis,
    o.value_as_published,
    -- decimals as published, from the printed figure where there is one, else from value
    coalesce(r.published_decimals, length(split_part(o.value, '.', 2)))::integer as published_decimals,
    coalesce(r.precision_unit, o.unit) as precision_unit,
    o.quote,
    o.boundaries_day as boundaries_as_of,
    -- the day the figure's province is the unit its code names: its boundaries' day, else the period's last
    coalesce(o.boundaries_day, o.period_end) as province_as_of,
    f.file_name,
    o.file_line,
    f.file_sha256,
    f.loaded_at
from raw_files.typed_observations as o
inner join raw.files as f on o.file_index = f.file_index
left join raw.sources as s on o.source_id = s.source_id
left join raw.published_readings as r
    on o.value_as_published = r.value_as_published and s.language = r.language and o.unit = r.unit
where not exists (
    select 1 from raw.repeated_records as rr
    where rr.file_index = o.file_index and rr.file_line = o.file_line
);
