{#- The indicators the catalogue assigns to this fact (seeds/reference/indicators.csv, fact_table). -#}

with

yearly_facts as (
    select * from {{ ref('int_yearly_facts') }}
    where fact_table = '{{ model.name }}'
),

final as (
    select
        province_key,
        province_code,
        province_name,
        indicator_code,
        year,
        value,
        unit,
        value_status,
        price_basis,
        growth_pct,
        growth_pct_reported,
        growth_check,
        target_value,
        target_growth_pct,
        target_comparator,
        target_growth_comparator,
        target_check,
        plan_attainment_pct,
        plan_check,
        source_ids
    from yearly_facts
)

select * from final
