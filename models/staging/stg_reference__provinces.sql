with

source as (
    select * from {{ ref('provinces') }}
),

renamed as (
    select
        -- A unit is its code and its dates: the key names both, as a code alone may mean two units.
        province_code || '@' || coalesce(strftime(valid_from, '%Y-%m-%d'), 'origin') as province_key,
        province_code,
        valid_from,
        valid_to,
        name_vi as province_name_vi,
        name_en as province_name_en,
        kind as province_kind,
        successor_code,
        note as province_note
    from source
)

select * from renamed
