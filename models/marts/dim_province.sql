with

units as (
    select * from {{ ref('int_provinces__territories') }}
),

final as (
    select
        province_key,
        province_code,
        valid_from,
        valid_to,
        province_name_vi,
        province_name_en,
        province_kind,
        successor_code,
        successor_key,
        territory_key,
        is_formed_by_merger,
        province_note,
        valid_to is null as is_current
    from units
)

select * from final
