with

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

final as (
    select
        province_code,
        valid_from,
        valid_to,
        province_name_vi,
        province_name_en,
        successor_code,
        province_note,
        valid_to is null as is_current
    from provinces
)

select * from final
