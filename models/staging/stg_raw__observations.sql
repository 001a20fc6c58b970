with

source as (
    select * from {{ source('raw', 'observations') }}
),

renamed as (
    select
        source_id,
        province_code,
        indicator_code,
        period,
        period_year,
        period_kind,
        measure,
        status,
        comparator,
        value_decimal as value_as_given,
        unit as unit_as_given,
        price_basis,
        value_as_published,
        published_decimals,
        precision_unit,
        quote,
        boundaries_as_of,
        province_as_of,
        file_name,
        file_line,
        file_sha256
    from source
)

select * from renamed
