with

source as (
    select * from {{ ref('units') }}
),

renamed as (
    select
        unit_code,
        name_vi as unit_name_vi,
        name_en as unit_name_en,
        mart_unit,
        factor_to_mart_unit
    from source
)

select * from renamed
