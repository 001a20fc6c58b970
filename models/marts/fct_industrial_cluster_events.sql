with

events as (
    select * from {{ ref('stg_reference__industrial_clusters') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

final as (
    select
        events.cluster_name,
        events.district,
        provinces.province_key,
        events.province_code,
        events.event_year,
        events.event_vi,
        events.event_en,
        events.source_id,
        sources.title as source_title
    from events
    left join sources on events.source_id = sources.source_id
    -- the unit the code named at the end of that year
    left join provinces
        on {{ unit_named_on('provinces', 'events.province_code', 'make_date(events.event_year, 12, 31)') }}
)

select * from final
