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
        on
            industries.province_code = provinces.province_code
            and make_date(industries.year, 12, 31)
            between coalesce(provinces.valid_from, make_date(industries.year, 12, 31))
            and coalesce(provinces.valid_to, make_date(industries.year, 12, 31))
)

select * from final
