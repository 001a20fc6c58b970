{#- The column set the three yearly facts share (CONTRACT §2), for the indicators the
    catalogue assigns to fact_table (the calling model's name). -#}
{% macro yearly_fact(fact_table) -%}

with

figures as (
    select * from {{ ref('int_yearly_figures') }}
    where fact_table = '{{ fact_table }}'
),

reconciliation as (
    select * from {{ ref('int_reconciliation') }}
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

with_previous_level as (
    -- last year's level of the same territory: the same unit, or the one it carries on
    select
        figures.*,
        previous.level_value as previous_level_value,
        previous.level_price_basis as previous_level_price_basis
    from figures
    left join {{ ref('int_yearly_figures') }} as previous
        on
            figures.territory_key = previous.territory_key
            and figures.indicator_code = previous.indicator_code
            and figures.year = previous.year + 1
    qualify row_number() over (
        partition by figures.province_key, figures.indicator_code, figures.year
        order by previous.province_key = figures.province_key desc
    ) = 1
),

final as (
    select
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
    inner join provinces on figures.province_key = provinces.province_key
    left join reconciliation as growth_check
        on
            growth_check.check_name = 'growth'
            and figures.province_key = growth_check.province_key
            and figures.indicator_code = growth_check.indicator_code
            and figures.year = growth_check.year
    left join reconciliation as target_check
        on
            target_check.check_name = 'target'
            and figures.province_key = target_check.province_key
            and figures.indicator_code = target_check.indicator_code
            and figures.year = target_check.year
    left join reconciliation as plan_check
        on
            plan_check.check_name = 'plan'
            and figures.province_key = plan_check.province_key
            and figures.indicator_code = plan_check.indicator_code
            and figures.year = plan_check.year
)

select * from final

{%- endmacro %}
