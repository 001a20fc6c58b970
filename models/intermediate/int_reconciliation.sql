{#- One row per published growth, target growth and plan attainment: is it consistent with the levels? -#}
{%- set checks = [
    ('growth', 'growth', 'level', 'previous_level', -100),
    ('target', 'target_growth', 'target_level', 'previous_level', -100),
    ('plan', 'attainment', 'level', 'target_level', 0),
] -%}
{#- (check, published role, numerator level, denominator level, offset): the published
    figure is compared with numerator / denominator * 100 + offset. Roles as in int_yearly_figures. -#}
{%- set level_attributes = ['value', 'lower', 'upper', 'price_basis', 'source_id'] -%}

with

figures as (
    select * from {{ ref('int_yearly_figures') }}
),

checks as (
    {%- for check, published, numerator, denominator, offset in checks %}
    select
        '{{ check }}' as check_name,
        province_key,
        province_code,
        indicator_code,
        year,
        {{ published }}_value as published_value,
        {{ published }}_lower as published_lower,
        {{ published }}_upper as published_upper,
        {{ published }}_comparator as published_comparator,
        {{ published }}_source_id as published_source_id,
        {%- for attribute in level_attributes %}
        {{ numerator }}_{{ attribute }} as numerator_{{ attribute }},
        {%- endfor %}
        {%- for attribute in level_attributes %}
        {{ denominator }}_{{ attribute }} as denominator_{{ attribute }},
        {%- endfor %}
        {{ offset }} as offset_pct
    from figures
    where {{ published }}_value is not null
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

computed as (
    -- The ratio of two intervals, rounded outwards to 1e-6 so rounding never hides a conflict.
    select
        *,
        {{ ratio_lower_pct('numerator_lower', 'denominator_upper') }} + offset_pct as computed_lower,
        {{ ratio_upper_pct('numerator_upper', 'denominator_lower') }} + offset_pct as computed_upper
    from checks
),

verdicts as (
    select
        *,
        case
            when numerator_value is null and check_name = 'target' then 'missing target level'
            when numerator_value is null then 'missing level'
            when denominator_value is null and check_name = 'plan' then 'missing target level'
            when denominator_value is null then 'missing previous year''s level'
            -- An unstated price basis is not assumed to match a stated one.
            when coalesce(numerator_price_basis, '') != coalesce(denominator_price_basis, '')
                then 'different price bases'
        end as unverifiable_reason
    from computed
)

select
    check_name,
    province_key,
    province_code,
    indicator_code,
    year,
    published_value,
    published_lower,
    published_upper,
    published_comparator,
    published_source_id,
    {%- for side in ['numerator', 'denominator'] %}
    {%- for attribute in level_attributes %}
    {{ side }}_{{ attribute }},
    {%- endfor %}
    {%- endfor %}
    case when unverifiable_reason is null then computed_lower end as computed_lower,
    case when unverifiable_reason is null then computed_upper end as computed_upper,
    case
        when unverifiable_reason is not null then 'unverifiable'
        when computed_lower > published_upper or published_lower > computed_upper then 'inconsistent'
        else 'consistent'
    end as verdict,
    unverifiable_reason
from verdicts
