with

industries as (
    select * from {{ ref('stg_reference__industries') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

final as (
    select
        industries.industry_name_vi,
        industries.industry_name_en,
        industries.province_code,
        industries.year,
        industries.industry_role,
        industries.source_id,
        sources.title as source_title
    from industries
    left join sources on industries.source_id = sources.source_id
)

select * from final
