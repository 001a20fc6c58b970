with

source as (
    select * from {{ ref('source_kinds') }}
),

renamed as (
    select
        source_kind_code,
        name_vi as source_kind_name_vi,
        name_en as source_kind_name_en,
        vintage_rank,
        description as source_kind_description
    from source
)

select * from renamed
