{#- A series for each unit formed on 2025-07-01 on its own territory: its published years, and
    before them the sum of its predecessors' levels (derived), each year's growth computed from
    the year before and checked against the growth the unit published, as growth_check does. -#}

with

derived as (
    select * from {{ ref('int_comparable_levels') }}
),

units as (
    select * from {{ ref('int_provinces__territories') }}
    where is_formed_by_merger
),

figures as (
    select * from {{ ref('int_yearly_figures') }}
),

published as (
    -- the new unit's own yearly figures (on its own boundaries, also for years before it existed)
    select
        figures.province_key,
        figures.province_code,
        units.province_name_vi,
        figures.indicator_code,
        figures.year,
        figures.unit,
        false as is_derived,
        figures.level_value as value,
        figures.level_lower as value_lower,
        figures.level_upper as value_upper,
        figures.level_price_basis as price_basis,
        figures.level_status as value_status,
        cast(null as bigint) as predecessor_count,
        cast(null as bigint) as predecessors_with_level,
        figures.level_source_id as source_ids,
        null as no_sum_reason,
        figures.growth_value,
        figures.growth_lower,
        figures.growth_upper,
        figures.growth_source_id
    from figures
    inner join units on figures.province_key = units.province_key
    where figures.level_value is not null or figures.growth_value is not null
),

series as (
    select * from published
    union all
    select
        province_key,
        province_code,
        province_name_vi,
        indicator_code,
        year,
        unit,
        true as is_derived,
        value,
        value_lower,
        value_upper,
        price_basis,
        'derived' as value_status,
        predecessor_count,
        predecessors_with_level,
        source_ids,
        no_sum_reason,
        null as growth_value,
        null as growth_lower,
        null as growth_upper,
        null as growth_source_id
    from derived
),

with_previous as (
    -- the year before: the unit's own level where it published one, else the derived sum
    select
        series.*,
        previous.value as previous_value,
        previous.value_lower as previous_lower,
        previous.value_upper as previous_upper,
        previous.price_basis as previous_price_basis,
        previous.is_derived as previous_is_derived,
        previous.no_sum_reason as previous_no_sum_reason
    from series
    left join series as previous
        on
            series.province_key = previous.province_key
            and series.indicator_code = previous.indicator_code
            and series.year = previous.year + 1
            and (previous.value is not null or previous.no_sum_reason is not null)
    qualify row_number() over (
        partition by series.province_key, series.indicator_code, series.year, series.is_derived
        order by previous.value is not null desc, previous.is_derived asc
    ) = 1
),

computed as (
    select
        *,
        case
            when unit = 'pct' then 'an index or a percentage does not add up over provinces'
            when value is null then 'no level for the year'
            when previous_value is null then coalesce(previous_no_sum_reason, 'no level for the year before')
            when coalesce(price_basis, '') != coalesce(previous_price_basis, '') then 'different price bases'
        end as growth_unverifiable_reason,
        {{ ratio_lower_pct('value_lower', 'previous_upper') }} - 100 as growth_computed_lower,
        {{ ratio_upper_pct('value_upper', 'previous_lower') }} - 100 as growth_computed_upper
    from with_previous
),

final as (
    select
        province_key,
        province_code,
        province_name_vi as province_name,
        indicator_code,
        year,
        is_derived,
        cast(value as decimal(18, 3)) as value,
        value_lower,
        value_upper,
        unit,
        price_basis,
        value_status,
        predecessor_count,
        predecessors_with_level,
        source_ids,
        no_sum_reason,
        case
            when growth_unverifiable_reason is null and previous_value > 0
                then cast(round((value / previous_value - 1) * 100, 2) as decimal(18, 3))
        end as growth_pct,
        case when growth_unverifiable_reason is null then growth_computed_lower end as growth_computed_lower,
        case when growth_unverifiable_reason is null then growth_computed_upper end as growth_computed_upper,
        previous_is_derived as growth_from_derived,
        cast(growth_value as decimal(18, 3)) as growth_pct_reported,
        growth_source_id as growth_reported_source_id,
        case
            when growth_value is null then null
            when growth_unverifiable_reason is not null then 'unverifiable'
            when growth_computed_lower > growth_upper or growth_lower > growth_computed_upper then 'inconsistent'
            else 'consistent'
        end as growth_check,
        case when growth_value is not null then growth_unverifiable_reason end as growth_unverifiable_reason
    from computed
)

select * from final
