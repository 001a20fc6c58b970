with

industries as (
    select * from {{ ref('stg_reference__industries') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

final as (
    select
        industries.industry_name_vi,
        industries.industry_name_en,
        provinces.province_key,
        industries.province_code,
        industries.year,
        industries.industry_role,
        industries.source_id,
        sources.title as source_title
    from industries
    left join sources on industries.source_id = sources.source_id
    -- the unit the code named at the end of that year
    left join provinces
        on {{ unit_named_on('provinces', 'industries.province_code', 'make_date(industries.year, 12, 31)') }}
)

select * from final
