with

source as (
    select * from {{ ref('industries') }}
),

renamed as (
    select
        industry_name_vi,
        industry_name_en,
        province_code,
        year,
        role as industry_role,
        source_id
    from source
)

select * from renamed
