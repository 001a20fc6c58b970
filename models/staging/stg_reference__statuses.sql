with

source as (
    select * from {{ ref('statuses') }}
),

renamed as (
    select
        status_code,
        name_vi as status_name_vi,
        name_en as status_name_en,
        vintage_rank,
        is_target,
        description as status_description
    from source
)

select * from renamed
