{#- For each unit formed on 2025-07-01 and each earlier year in which its predecessors published
    an indicator: the sum of their levels, as an interval, where every predecessor has a level on
    one price basis; else why there is none. Indices and percentages do not add up. -#}

with

units as (
    select * from {{ ref('int_provinces__territories') }}
),

predecessors as (
    select * from {{ ref('stg_reference__province_predecessors') }}
),

figures as (
    select * from {{ ref('int_yearly_figures') }}
),

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

predecessor_units as (
    -- each new unit with the units it was formed from, as they were the day before
    select
        new_unit.province_key,
        new_unit.province_code,
        new_unit.province_name_vi,
        old_unit.province_key as predecessor_key,
        old_unit.province_code as predecessor_code,
        old_unit.province_name_vi as predecessor_name_vi,
        count(*) over (partition by new_unit.province_key) as predecessor_count
    from units as new_unit
    inner join predecessors
        on
            new_unit.province_code = predecessors.successor_code
            and new_unit.valid_from = predecessors.merged_on
    inner join units as old_unit
        on
            predecessors.predecessor_code = old_unit.province_code
            and predecessors.merged_on - 1 = old_unit.valid_to
),

published_years as (
    -- the years and indicators in which any predecessor published a figure of the year
    select distinct
        predecessor_units.province_key,
        figures.indicator_code,
        figures.year
    from predecessor_units
    inner join figures on predecessor_units.predecessor_key = figures.province_key
    where figures.level_value is not null or figures.growth_value is not null
),

predecessor_levels as (
    select
        published_years.province_key,
        published_years.indicator_code,
        published_years.year,
        predecessor_units.province_code,
        predecessor_units.province_name_vi,
        predecessor_units.predecessor_code,
        predecessor_units.predecessor_name_vi,
        predecessor_units.predecessor_count,
        figures.level_value,
        figures.level_lower,
        figures.level_upper,
        figures.level_price_basis,
        figures.level_source_id
    from published_years
    inner join predecessor_units on published_years.province_key = predecessor_units.province_key
    left join figures
        on
            predecessor_units.predecessor_key = figures.province_key
            and published_years.indicator_code = figures.indicator_code
            and published_years.year = figures.year
),

summed as (
    select
        province_key,
        any_value(province_code) as province_code,
        any_value(province_name_vi) as province_name_vi,
        indicator_code,
        year,
        any_value(predecessor_count) as predecessor_count,
        count(level_value) as predecessors_with_level,
        count(distinct coalesce(level_price_basis, 'unstated')) filter (where level_value is not null)
            as price_bases,
        any_value(level_price_basis) as price_basis,
        sum(level_value) as sum_value,
        -- an open bound of any predecessor leaves the sum open on that side
        case when count(level_lower) = count(*) then sum(level_lower) end as sum_lower,
        case when count(level_upper) = count(*) then sum(level_upper) end as sum_upper,
        string_agg(predecessor_code || ' ' || predecessor_name_vi, ', ' order by predecessor_code)
        filter (where level_value is null) as predecessors_without_level,
        string_agg(distinct level_source_id, ', ' order by level_source_id) as source_ids
    from predecessor_levels
    group by province_key, indicator_code, year
),

reasons as (
    select
        summed.*,
        indicators.mart_unit as unit,
        case
            when indicators.mart_unit = 'pct' then 'an index or a percentage does not add up over provinces'
            when summed.predecessors_with_level < summed.predecessor_count
                then 'no level for ' || summed.predecessors_without_level
            when summed.price_bases > 1 then 'the predecessors'' levels are on different price bases'
        end as no_sum_reason
    from summed
    inner join indicators on summed.indicator_code = indicators.indicator_code
)

select
    province_key,
    province_code,
    province_name_vi,
    indicator_code,
    year,
    unit,
    case when no_sum_reason is null then sum_value end as value,
    case when no_sum_reason is null then sum_lower end as value_lower,
    case when no_sum_reason is null then sum_upper end as value_upper,
    case when no_sum_reason is null then price_basis end as price_basis,
    predecessor_count,
    predecessors_with_level,
    source_ids,
    no_sum_reason
from reasons
