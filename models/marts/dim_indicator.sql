with

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

final as (
    select
        indicator_code,
        indicator_name_vi,
        indicator_name_en,
        mart_unit,
        fact_table,
        indicator_description
    from indicators
)

select * from final
