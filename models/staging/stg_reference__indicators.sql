with

source as (
    select * from {{ ref('indicators') }}
),

renamed as (
    select
        indicator_code,
        name_vi as indicator_name_vi,
        name_en as indicator_name_en,
        mart_unit,
        fact_table,
        default_price_basis,
        description as indicator_description
    from source
)

select * from renamed
