{{ config(materialized="view") }}  {#- read once, by int_observations__vintaged -#}

{#- Every observation in the marts' units, as the figure it states and the interval it allows. -#}
{%- set level_tolerance = var('approx_level_relative_tolerance') -%}
{%- set pct_tolerance = var('approx_pct_tolerance_points') -%}

with

observations as (
    select * from {{ ref('stg_raw__observations') }}
),

units as (
    select * from {{ ref('stg_reference__units') }}
),

measures as (
    select * from {{ ref('stg_reference__measures') }}
),

comparators as (
    select * from {{ ref('stg_reference__comparators') }}
),

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

in_mart_units as (
    select
        observations.* replace (
            -- a basis left unstated is the indicator's own where it is published on one basis only
            coalesce(observations.price_basis, indicators.default_price_basis) as price_basis
        ),
        observations.price_basis as price_basis_as_given,
        -- Normalised to the marts' unit of the same currency (vnd_bn, usd_mn) or pct.
        cast(observations.value_as_given * unit.factor_to_mart_unit as decimal(38, 9)) as value,
        unit.mart_unit as unit,
        -- Half of the last published digit, in the same unit: 14,5% is +-0.05, 3,0 tỷ USD is +-50 usd_mn.
        cast(
            0.5 / pow(10, observations.published_decimals) * precision_unit.factor_to_mart_unit
            as decimal(38, 9)
        ) as precision_half_width
    from observations
    inner join units as unit on observations.unit_as_given = unit.unit_code
    inner join units as precision_unit on observations.precision_unit = precision_unit.unit_code
    inner join indicators on observations.indicator_code = indicators.indicator_code
),

figures as (
    -- What a measure states in comparable terms (seeds/reference/measures.csv): an index
    -- (previous year = 100) is a growth, a plan excess an attainment.
    select
        in_mart_units.*,
        measures.figure,
        in_mart_units.value + measures.figure_offset as figure_value,
        comparators.bounded_below,
        comparators.bounded_above,
        -- How far "khoảng", "xấp xỉ", "gần", "chạm mốc" reach beyond the published digits.
        case
            when not comparators.is_approximate then 0
            when measures.figure = 'level' then abs(in_mart_units.value) * {{ level_tolerance }}
            else {{ pct_tolerance }}
        end as approx_tolerance
    from in_mart_units
    inner join measures on in_mart_units.measure = measures.measure_code
    inner join comparators on in_mart_units.comparator = comparators.comparator_code
),

intervals as (
    -- A published figure is an interval: its last digit +- half a unit, opened by the comparator.
    select
        * exclude (bounded_below, bounded_above),
        case when bounded_below then figure_value - precision_half_width - approx_tolerance end as figure_lower,
        case when bounded_above then figure_value + precision_half_width + approx_tolerance end as figure_upper
    from figures
)

select * from intervals
