with

source as (
    select * from {{ ref('comparators') }}
),

renamed as (
    select
        comparator_code,
        name_vi as comparator_name_vi,
        name_en as comparator_name_en,
        bounded_below,
        bounded_above,
        is_approximate,
        description as comparator_description
    from source
)

select * from renamed
