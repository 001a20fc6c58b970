{#- Every unit with the territory it covers. A unit that takes over its code's territory whole
    and alone (Thừa Thiên Huế becoming the city of Huế, a province becoming a municipality)
    covers the same territory as the one before it: a year's figures compare with the year
    before. A unit formed from predecessors (2025-07-01) covers a new one. -#}

with recursive

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

predecessors as (
    select * from {{ ref('stg_reference__province_predecessors') }}
),

units as (
    select
        provinces.*,
        exists(
            select 1 from predecessors
            where
                predecessors.successor_code = provinces.province_code
                and predecessors.merged_on = provinces.valid_from
        ) as is_formed_by_merger
    from provinces
),

continued as (
    -- the unit a unit carries on, territory and all, when it was not formed by a merger
    select
        unit.province_key,
        previous.province_key as previous_key
    from units as unit
    inner join units as previous
        on
            unit.province_code = previous.successor_code
            and previous.valid_to + 1 = unit.valid_from
    where not unit.is_formed_by_merger
),

territories as (
    select
        units.province_key,
        units.province_key as territory_key
    from units
    where units.province_key not in (select continued.province_key from continued)
    union all
    select
        continued.province_key,
        territories.territory_key
    from continued
    inner join territories on continued.previous_key = territories.province_key
)

select
    units.*,
    successor.province_key as successor_key,
    territories.territory_key
from units
inner join territories on units.province_key = territories.province_key
left join units as successor
    on
        units.successor_code = successor.province_code
        and units.valid_to + 1 between coalesce(successor.valid_from, units.valid_to + 1)
        and coalesce(successor.valid_to, units.valid_to + 1)
