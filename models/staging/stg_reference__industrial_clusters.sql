with

source as (
    select * from {{ ref('industrial_clusters') }}
),

renamed as (
    select
        cluster_name,
        district,
        province_code,
        event_year,
        event_vi,
        event_en,
        source_id
    from source
)

select * from renamed
