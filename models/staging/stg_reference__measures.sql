with

source as (
    select * from {{ ref('measures') }}
),

renamed as (
    select
        measure_code,
        name_vi as measure_name_vi,
        name_en as measure_name_en,
        figure,
        figure_offset,
        may_be_negative,
        description as measure_description
    from source
)

select * from renamed
