with

events as (
    select * from {{ ref('stg_reference__industrial_clusters') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

final as (
    select
        events.cluster_name,
        events.district,
        events.province_code,
        events.event_year,
        events.event_vi,
        events.event_en,
        events.source_id,
        sources.title as source_title
    from events
    left join sources on events.source_id = sources.source_id
)

select * from final
