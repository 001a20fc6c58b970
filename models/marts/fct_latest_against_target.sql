with

yearly as (
    select * from {{ ref('int_yearly_facts') }}
),

indicators as (
    select * from {{ ref('dim_indicator') }}
),

latest as (
    select *
    from yearly
    qualify year = max(year) over (partition by province_key, indicator_code)
),

final as (
    select
        latest.province_key,
        latest.province_code,
        latest.province_name,
        latest.indicator_code,
        indicators.indicator_name_vi,
        latest.fact_table,
        latest.year,
        latest.value,
        latest.value_status,
        latest.target_value,
        latest.target_comparator,
        latest.unit,
        latest.plan_attainment_pct,
        latest.growth_pct_reported,
        latest.target_growth_pct,
        latest.target_growth_comparator
    from latest
    inner join indicators on latest.indicator_code = indicators.indicator_code
)

select * from final
