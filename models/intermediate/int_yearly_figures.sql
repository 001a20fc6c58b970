{#- The figure used for each role in a province, indicator and year, side by side, with the
    previous year's level. -#}
{%- set roles = {
    'level': ('level', false),
    'growth': ('growth_pct', false),
    'attainment': ('plan_attainment_pct', false),
    'target_level': ('level', true),
    'target_growth': ('growth_pct', true),
} -%}
{%- set attributes = ['value', 'lower', 'upper', 'comparator', 'status', 'price_basis', 'source_id'] -%}
{%- set previous_level_attributes = ['value', 'lower', 'upper', 'price_basis', 'source_id'] -%}

with

used_figures as (
    select * from {{ ref('int_observations__vintaged') }}
    where is_used and period_kind = 'year'
),

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

pivoted as (
    select
        province_code,
        indicator_code,
        period_year as year,
        {%- for role, (figure, is_target) in roles.items() %}
        {%- for attribute in attributes %}
        max({{ 'figure_' ~ attribute if attribute in ['value', 'lower', 'upper'] else attribute }})
        filter (where figure = '{{ figure }}' and {{ '' if is_target else 'not ' }}is_target)
            as {{ role }}_{{ attribute }},
        {%- endfor %}
        {%- endfor %}
        string_agg(distinct source_id, ', ' order by source_id) as source_ids
    from used_figures
    group by province_code, indicator_code, period_year
),

with_previous_level as (
    select
        pivoted.*,
        {%- for attribute in previous_level_attributes %}
        previous.level_{{ attribute }} as previous_level_{{ attribute }},
        {%- endfor %}
        indicators.mart_unit as unit,
        indicators.fact_table
    from pivoted
    inner join indicators on pivoted.indicator_code = indicators.indicator_code
    left join pivoted as previous
        on
            pivoted.province_code = previous.province_code
            and pivoted.indicator_code = previous.indicator_code
            and pivoted.year = previous.year + 1
)

select * from with_previous_level
