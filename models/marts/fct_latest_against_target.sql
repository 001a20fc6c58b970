with

yearly as (
    select
        'fct_industrial_output_by_year' as fact_table,
        *
    from {{ ref('fct_industrial_output_by_year') }}
    union all by name
    select
        'fct_exports_by_year' as fact_table,
        *
    from {{ ref('fct_exports_by_year') }}
    union all by name
    select
        'fct_retail_by_year' as fact_table,
        *
    from {{ ref('fct_retail_by_year') }}
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
