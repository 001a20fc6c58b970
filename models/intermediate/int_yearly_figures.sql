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
),

with_territory as (
    select
        pivoted.*,
        territories.territory_key
    from pivoted
    inner join territories on pivoted.province_key = territories.province_key
),

with_previous_level as (
    -- last year's level of the same territory: of the same unit, or of the one it carries on
    select
        figures.*,
        {%- for attribute in previous_level_attributes %}
        previous.level_{{ attribute }} as previous_level_{{ attribute }},
        {%- endfor %}
        indicators.mart_unit as unit,
        indicators.fact_table
    from with_territory as figures
    inner join indicators on figures.indicator_code = indicators.indicator_code
    left join with_territory as previous
        on
            figures.territory_key = previous.territory_key
            and figures.indicator_code = previous.indicator_code
            and figures.year = previous.year + 1
    -- a territory has one unit a year, unless a figure was published on a later unit's boundaries
    qualify row_number() over (
        partition by figures.province_key, figures.indicator_code, figures.year
        order by previous.province_key = figures.province_key desc
    ) = 1
)

select * from with_previous_level
