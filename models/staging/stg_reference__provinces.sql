with

source as (
    select * from {{ ref('provinces') }}
),

renamed as (
    select
        province_code,
        valid_from,
        valid_to,
        name_vi as province_name_vi,
        name_en as province_name_en,
        successor_code,
        note as province_note
    from source
)

select * from renamed
