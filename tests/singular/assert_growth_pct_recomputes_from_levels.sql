-- Recompute each yearly fact's growth_pct from its own value column, independently of the
-- model's logic: a growth that differs by more than its rounding is an error.
{%- set facts = ['fct_industrial_output_by_year', 'fct_exports_by_year', 'fct_retail_by_year'] %}

with

facts as (
    {%- for fact in facts %}
    select
        '{{ fact }}' as fact,
        province_code,
        indicator_code,
        year,
        value,
        price_basis,
        growth_pct
    from {{ ref(fact) }}
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

recomputed as (
    select
        facts.*,
        100.0 * (facts.value - previous.value) / previous.value as expected_growth_pct
    from facts
    left join facts as previous
        on
            facts.fact = previous.fact
            and facts.province_code = previous.province_code
            and facts.indicator_code = previous.indicator_code
            and facts.year = previous.year + 1
            and coalesce(facts.price_basis, '') = coalesce(previous.price_basis, '')
            and previous.value > 0
)

select *
from recomputed
where
    (growth_pct is null) != (expected_growth_pct is null)
    or abs(growth_pct - expected_growth_pct) > 0.005
