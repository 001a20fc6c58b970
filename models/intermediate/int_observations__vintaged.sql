{#- Every observation as a figure with its interval, ranked among the vintages of the same figure. -#}
{%- set level_tolerance = var('approx_level_relative_tolerance') -%}
{%- set pct_tolerance = var('approx_pct_tolerance_points') -%}

with

observations as (
    select * from {{ ref('stg_raw__observations') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

figures as (
    -- An index (previous year = 100) is a growth, and a plan excess an attainment: one figure each.
    select
        observations.*,
        provinces.province_key,
        sources.source_kind,
        sources.published_on,
        observations.status = 'target' as is_target,
        case observations.measure
            when 'index_pct' then 'growth_pct'
            when 'plan_excess_pct' then 'plan_attainment_pct'
            else observations.measure
        end as figure,
        case observations.measure
            when 'index_pct' then observations.value - 100
            when 'plan_excess_pct' then observations.value + 100
            else observations.value
        end as figure_value,
        -- How far "khoảng", "xấp xỉ", "gần", "chạm mốc" reach beyond the published digits.
        case
            when observations.comparator != '~' then 0
            when observations.measure = 'level' then abs(observations.value) * {{ level_tolerance }}
            else {{ pct_tolerance }}
        end as approx_tolerance
    from observations
    inner join sources on observations.source_id = sources.source_id
    -- the unit the code names on the day the figure's boundaries are of (the loader checked there is one)
    inner join provinces
        on
            observations.province_code = provinces.province_code
            and observations.province_as_of
            between coalesce(provinces.valid_from, observations.province_as_of)
            and coalesce(provinces.valid_to, observations.province_as_of)
),

intervals as (
    -- A published figure is an interval: its last digit +- half a unit, opened by the comparator.
    select
        *,
        case when comparator != '<=' then figure_value - precision_half_width - approx_tolerance end as figure_lower,
        case when comparator != '>=' then figure_value + precision_half_width + approx_tolerance end as figure_upper
    from figures
),

ranked as (
    select
        *,
        row_number() over (
            partition by province_key, indicator_code, period, figure, is_target
            order by
                case status when 'actual' then 1 when 'preliminary' then 2 when 'estimate' then 3 else 4 end asc,
                case source_kind when 'yearbook' then 1 when 'press' then 3 else 2 end asc,
                published_on desc,
                case price_basis when 'constant_2010' then 1 when 'current' then 2 else 3 end asc,
                source_id asc
        ) as vintage_rank
    from intervals
)

select
    *,
    vintage_rank = 1 as is_used
from ranked
