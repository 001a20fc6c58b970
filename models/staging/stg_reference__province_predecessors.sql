with

source as (
    select * from {{ ref('province_predecessors') }}
),

renamed as (
    select
        successor_code,
        predecessor_code,
        merged_on,
        share
    from source
)

select * from renamed
