{#- Every figure ranked among the vintages of the same figure, by the code lists' vintage_rank. -#}

with

figures as (
    select * from {{ ref('int_observations__figures') }}
),

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

statuses as (
    select * from {{ ref('stg_reference__statuses') }}
),

source_kinds as (
    select * from {{ ref('stg_reference__source_kinds') }}
),

price_bases as (
    select * from {{ ref('stg_reference__price_bases') }}
),

provinces as (
    select * from {{ ref('stg_reference__provinces') }}
),

with_vintage as (
    select
        figures.*,
        provinces.province_key,
        sources.source_kind,
        sources.published_on,
        statuses.is_target,
        statuses.vintage_rank as status_rank,
        source_kinds.vintage_rank as source_kind_rank,
        price_bases.vintage_rank as price_basis_rank
    from figures
    inner join sources on figures.source_id = sources.source_id
    inner join statuses on figures.status = statuses.status_code
    inner join source_kinds on sources.source_kind = source_kinds.source_kind_code
    left join price_bases on figures.price_basis = price_bases.price_basis_code
    -- the unit the code names on the day the figure's boundaries are of (the loader checked there is one)
    inner join provinces on {{ unit_named_on('provinces', 'figures.province_code', 'figures.province_as_of') }}
),

statements as (
    -- One source may print two values of one figure (a headline and its body): the more
    -- precisely printed first, then the first in the files.
    select
        *,
        row_number() over (
            partition by source_id, province_key, indicator_code, period, measure, status
            order by precision_half_width asc, file_name asc, file_line asc
        ) as statement_rank
    from with_vintage
),

ranked as (
    select
        * exclude (status_rank, source_kind_rank, price_basis_rank),
        row_number() over (
            partition by province_key, indicator_code, period, figure, is_target
            order by
                status_rank asc,
                source_kind_rank asc,
                published_on desc,
                price_basis_rank asc nulls last,
                source_id asc,
                statement_rank asc
        ) as vintage_rank
    from statements
)

select
    *,
    vintage_rank = 1 as is_used
from ranked
