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

indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

figures as (
    -- An index (previous year = 100) is a growth, and a plan excess an attainment: one figure each.
    select
        observations.* replace (
            -- a basis left unstated is the indicator's own where it is published on one basis only
            coalesce(observations.price_basis, indicators.default_price_basis) as price_basis
        ),
        observations.price_basis as price_basis_as_given,
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
    inner join indicators on observations.indicator_code = indicators.indicator_code
),

intervals as (
    -- A published figure is an interval: its last digit +- half a unit, opened by the comparator.
    select
        *,
        case when comparator != '<=' then figure_value - precision_half_width - approx_tolerance end as figure_lower,
        case when comparator != '>=' then figure_value + precision_half_width + approx_tolerance end as figure_upper
    from figures
),

statements as (
    -- One source may print two values of one figure (a headline and its body): the more
    -- precisely printed first, then the first in the files.
    select
        *,
        row_number() over (
            partition by source_id, province_code, indicator_code, period, measure, status
            order by precision_half_width asc, file_name asc, file_line asc
        ) as statement_rank
    from intervals
),

ranked as (
    select
        *,
        row_number() over (
            partition by province_code, indicator_code, period, figure, is_target
            order by
                case status when 'actual' then 1 when 'preliminary' then 2 when 'estimate' then 3 else 4 end asc,
                case source_kind when 'yearbook' then 1 when 'press' then 3 else 2 end asc,
                published_on desc,
                case price_basis when 'constant_2010' then 1 when 'current' then 2 else 3 end asc,
                source_id asc,
                statement_rank asc
        ) as vintage_rank
    from statements
)

select
    *,
    vintage_rank = 1 as is_used
from ranked
