{#- The figure used for each role in a province, indicator and year, side by side. -#}
{%- set roles = {
    'level': ('level', false),
    'growth': ('growth_pct', false),
    'attainment': ('plan_attainment_pct', false),
    'target_level': ('level', true),
    'target_growth': ('growth_pct', true),
} -%}
{%- set attributes = ['value', 'lower', 'upper', 'comparator', 'status', 'price_basis', 'source_id'] -%}

with

used_figures as (
    select * from {{ ref('int_observations__vintaged') }}
    where is_used and period_kind = 'year'
),

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

territories as (
    select * from {{ ref('int_provinces__territories') }}
),

pivoted as (
    select
        province_key,
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
    group by province_key, province_code, indicator_code, period_year
)

select
    pivoted.*,
    territories.territory_key,
    indicators.mart_unit as unit,
    indicators.fact_table
from pivoted
inner join indicators on pivoted.indicator_code = indicators.indicator_code
inner join territories on pivoted.province_key = territories.province_key
