-- Recompute each yearly fact's growth_pct from its own value column, independently of the
-- model's logic: a growth that differs by more than its rounding is an error.
{%- set facts = ['fct_industrial_output_by_year', 'fct_exports_by_year', 'fct_retail_by_year'] %}

with

facts as (
    {%- for fact in facts %}
    select
        '{{ fact }}' as fact,
        province_key,
        indicator_code,
        year,
        value,
        price_basis,
        growth_pct
    from {{ ref(fact) }}
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

units as (
    select * from {{ ref('dim_province') }}
),

with_territory as (
    select
        facts.*,
        units.territory_key
    from facts
    inner join units on facts.province_key = units.province_key
),

recomputed as (
    -- last year of the same territory, of the same unit where it has two units that year
    select
        facts.*,
        100.0 * (facts.value - previous.value) / previous.value as expected_growth_pct
    from with_territory as facts
    left join with_territory as previous
        on
            facts.fact = previous.fact
            and facts.territory_key = previous.territory_key
            and facts.indicator_code = previous.indicator_code
            and facts.year = previous.year + 1
            and coalesce(facts.price_basis, '') = coalesce(previous.price_basis, '')
            and previous.value > 0
    qualify row_number() over (
        partition by facts.fact, facts.province_key, facts.indicator_code, facts.year
        order by previous.province_key = facts.province_key desc
    ) = 1
)

select *
from recomputed
where
    (growth_pct is null) != (expected_growth_pct is null)
    or abs(growth_pct - expected_growth_pct) > 0.005
