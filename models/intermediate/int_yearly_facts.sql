{#- The column set of the yearly facts, for every indicator; each fact selects its own
    indicators (the catalogue's fact_table). -#}

with

figures as (
    select * from {{ ref('int_yearly_figures') }}
),

reconciliation as (
    -- the checks of the figures the facts use
    select * from {{ ref('int_reconciliation') }}
    where is_used and period_kind = 'year'
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

verdicts as (
    select
        province_key,
        indicator_code,
        year,
        max(verdict) filter (where check_name = 'growth') as growth_verdict,
        max(verdict) filter (where check_name = 'target') as target_verdict,
        max(verdict) filter (where check_name = 'plan') as plan_verdict
    from reconciliation
    group by province_key, indicator_code, year
),

final as (
    select
        figures.fact_table,
        figures.province_key,
        figures.province_code,
        provinces.province_name_vi as province_name,
        figures.indicator_code,
        figures.year,
        cast(figures.level_value as decimal(18, 3)) as value,
        figures.unit,
        figures.level_status as value_status,
        figures.level_price_basis as price_basis,
        case
            when
                figures.previous_level_value > 0
                and coalesce(figures.level_price_basis, '') = coalesce(figures.previous_level_price_basis, '')
                then cast(round((figures.level_value / figures.previous_level_value - 1) * 100, 2) as decimal(18, 3))
        end as growth_pct,
        cast(figures.growth_value as decimal(18, 3)) as growth_pct_reported,
        coalesce(verdicts.growth_verdict, 'unverifiable') as growth_check,
        cast(figures.target_level_value as decimal(18, 3)) as target_value,
        cast(figures.target_growth_value as decimal(18, 3)) as target_growth_pct,
        coalesce(figures.target_level_comparator, figures.target_growth_comparator) as target_comparator,
        figures.target_growth_comparator,
        coalesce(verdicts.target_verdict, 'unverifiable') as target_check,
        case
            when figures.level_value is not null and figures.target_level_value > 0
                then cast(round(figures.level_value / figures.target_level_value * 100, 2) as decimal(18, 3))
            -- a published attainment bounded on both sides (=, ~) stands for itself
            when figures.attainment_lower is not null and figures.attainment_upper is not null
                then cast(figures.attainment_value as decimal(18, 3))
        end as plan_attainment_pct,
        coalesce(verdicts.plan_verdict, 'unverifiable') as plan_check,
        figures.source_ids
    from figures
    inner join provinces on figures.province_key = provinces.province_key
    left join verdicts
        on
            figures.province_key = verdicts.province_key
            and figures.indicator_code = verdicts.indicator_code
            and figures.year = verdicts.year
)

select * from final
