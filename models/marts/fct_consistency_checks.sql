with

checks as (
    select * from {{ ref('int_reconciliation') }}
),

used_figures as (
    select * from {{ ref('int_observations__vintaged') }}
    where is_used and period_kind = 'year'
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

final as (
    select
        checks.check_name,
        checks.province_key,
        checks.province_code,
        checks.indicator_code,
        checks.year,
        checks.verdict,
        checks.unverifiable_reason,
        checks.published_comparator,
        checks.published_value,
        checks.published_lower,
        checks.published_upper,
        checks.computed_lower,
        checks.computed_upper,
        checks.numerator_value,
        checks.numerator_lower,
        checks.numerator_upper,
        checks.denominator_value,
        checks.denominator_lower,
        checks.denominator_upper,
        published.value_as_published as published_as_printed,
        published.quote as published_quote,
        checks.published_source_id,
        published_source.title as published_source_title,
        checks.numerator_source_id,
        numerator_source.title as numerator_source_title,
        checks.denominator_source_id,
        denominator_source.title as denominator_source_title
    from checks
    inner join used_figures as published
        on
            checks.published_source_id = published.source_id
            and checks.province_key = published.province_key
            and checks.indicator_code = published.indicator_code
            and checks.year = published.period_year
            and published.figure = (case checks.check_name when 'plan' then 'plan_attainment_pct' else 'growth_pct' end)
            and published.is_target = (checks.check_name = 'target')
    inner join sources as published_source on checks.published_source_id = published_source.source_id
    left join sources as numerator_source on checks.numerator_source_id = numerator_source.source_id
    left join sources as denominator_source on checks.denominator_source_id = denominator_source.source_id
)

select * from final
