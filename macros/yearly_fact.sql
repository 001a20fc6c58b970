{#- The column set the three yearly facts share (CONTRACT §2), for the indicators the
    catalogue assigns to fact_table (the calling model's name). -#}
{% macro yearly_fact(fact_table) -%}

with

figures as (
    select * from {{ ref('int_yearly_figures') }}
    where fact_table = '{{ fact_table }}'
),

reconciliation as (
    -- the checks of the figures the facts use
    select * from {{ ref('int_reconciliation') }}
    where is_used and period_kind = 'year' and check_name in ('growth', 'target', 'plan')
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

with_previous_level as (
    select
        figures.*,
        previous.level_value as previous_level_value,
        previous.level_price_basis as previous_level_price_basis
    from figures
    left join {{ ref('int_yearly_figures') }} as previous
        on
            figures.province_code = previous.province_code
            and figures.indicator_code = previous.indicator_code
            and figures.year = previous.year + 1
),

province_names as (
    -- The province as it was in that year: the latest version that existed during it.
    select
        with_previous_level.province_code,
        with_previous_level.year,
        arg_max(provinces.province_name_vi, provinces.valid_from) as province_name
    from with_previous_level
    inner join provinces
        on
            with_previous_level.province_code = provinces.province_code
            and provinces.valid_from <= make_date(with_previous_level.year, 12, 31)
            and coalesce(provinces.valid_to, date '9999-12-31') >= make_date(with_previous_level.year, 1, 1)
    group by with_previous_level.province_code, with_previous_level.year
),

final as (
    select
        figures.province_code,
        province_names.province_name,
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
        coalesce(growth_check.verdict, 'unverifiable') as growth_check,
        cast(figures.target_level_value as decimal(18, 3)) as target_value,
        cast(figures.target_growth_value as decimal(18, 3)) as target_growth_pct,
        coalesce(figures.target_level_comparator, figures.target_growth_comparator) as target_comparator,
        figures.target_growth_comparator,
        coalesce(target_check.verdict, 'unverifiable') as target_check,
        case
            when figures.level_value is not null and figures.target_level_value > 0
                then cast(round(figures.level_value / figures.target_level_value * 100, 2) as decimal(18, 3))
            when figures.attainment_comparator in ('=', '~')
                then cast(figures.attainment_value as decimal(18, 3))
        end as plan_attainment_pct,
        coalesce(plan_check.verdict, 'unverifiable') as plan_check,
        figures.source_ids
    from with_previous_level as figures
    inner join province_names
        on figures.province_code = province_names.province_code and figures.year = province_names.year
    left join reconciliation as growth_check
        on
            growth_check.check_name = 'growth'
            and figures.province_code = growth_check.province_code
            and figures.indicator_code = growth_check.indicator_code
            and figures.year = growth_check.year
    left join reconciliation as target_check
        on
            target_check.check_name = 'target'
            and figures.province_code = target_check.province_code
            and figures.indicator_code = target_check.indicator_code
            and figures.year = target_check.year
    left join reconciliation as plan_check
        on
            plan_check.check_name = 'plan'
            and figures.province_code = plan_check.province_code
            and figures.indicator_code = plan_check.indicator_code
            and figures.year = plan_check.year
)

select * from final

{%- endmacro %}
