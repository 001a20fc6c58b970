with

source as (
    select * from {{ ref('price_bases') }}
),

renamed as (
    select
        price_basis_code,
        name_vi as price_basis_name_vi,
        name_en as price_basis_name_en,
        vintage_rank,
        description as price_basis_description
    from source
)

select * from renamed
