with

checks as (
    select * from {{ ref('int_reconciliation') }}
),

figures as (
    select * from {{ ref('int_observations__vintaged') }}
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
        checks.period,
        checks.verdict,
        checks.unverifiable_reason,
        checks.published_status,
        checks.is_used as published_is_used,
        checks.published_comparator,
        checks.published_value,
        checks.published_lower,
        checks.published_upper,
        checks.computed_lower,
        checks.computed_upper,
        checks.latest_computed_lower,
        checks.latest_computed_upper,
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
        checks.published_file_name,
        checks.published_file_line,
        checks.numerator_source_id,
        numerator_source.title as numerator_source_title,
        checks.denominator_source_id,
        denominator_source.title as denominator_source_title,
        first_statement.value_as_published as first_statement_as_printed,
        first_statement.quote as first_statement_quote
    from checks
    inner join figures as published
        on
            checks.published_file_name = published.file_name
            and checks.published_file_line = published.file_line
    inner join sources as published_source on checks.published_source_id = published_source.source_id
    left join sources as numerator_source on checks.numerator_source_id = numerator_source.source_id
    left join sources as denominator_source on checks.denominator_source_id = denominator_source.source_id
    left join figures as first_statement
        on
            checks.check_name = 'within_source'
            and published.source_id = first_statement.source_id
            and published.province_key = first_statement.province_key
            and published.indicator_code = first_statement.indicator_code
            and published.period = first_statement.period
            and published.measure = first_statement.measure
            and published.status = first_statement.status
            and first_statement.statement_rank = 1
)

select * from final
