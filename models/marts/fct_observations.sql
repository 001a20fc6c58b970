with

vintaged as (
    select * from {{ ref('int_observations__vintaged') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

final as (
    select
        vintaged.source_id,
        vintaged.province_key,
        vintaged.province_code,
        vintaged.indicator_code,
        vintaged.period,
        vintaged.measure,
        vintaged.status,
        vintaged.period_year,
        vintaged.period_kind,
        vintaged.comparator,
        vintaged.unit,
        vintaged.price_basis,
        vintaged.value,
        vintaged.precision_half_width,
        vintaged.figure,
        vintaged.figure_value,
        vintaged.figure_lower,
        vintaged.figure_upper,
        vintaged.vintage_rank,
        vintaged.is_used,
        vintaged.value_as_given,
        vintaged.unit_as_given,
        vintaged.value_as_published,
        vintaged.quote,
        vintaged.boundaries_as_of,
        vintaged.province_as_of,
        sources.title as source_title,
        sources.publisher as source_publisher,
        vintaged.source_kind,
        vintaged.published_on,
        vintaged.file_name,
        vintaged.file_line
    from vintaged
    inner join sources on vintaged.source_id = sources.source_id
)

select * from final
