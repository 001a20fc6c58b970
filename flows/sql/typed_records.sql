-- The records read, as the rules and the raw layer see them: each value parsed once, here, and
-- the contract's defaults filled in (docs/contract.md). A value that does not parse is null;
-- the rules say why, and the raw layer only ever shows records that passed them.

create view raw_files.typed_sources as
select
    * replace (coalesce(language, 'vi') as language),  -- language: blank is Vietnamese
    language as stated_language,  -- blank in one row of a source given again, stated in another
    try_cast(  -- a month or a year alone stands for its first day
        case length(published_on)
            when 4 then published_on || '-01-01'
            when 7 then published_on || '-01'
            else published_on
        end as date
    ) as published_date
from raw_files.sources;

create view raw_files.typed_observations as
select
    -- comparator: blank is `=`
    * exclude (period_last_month, period_last_year) replace (coalesce(comparator, '=') as comparator),
    try_cast(value as decimal(38, 9)) as value_decimal,
    -- its last day: the province of a figure is the unit its code names on that day
    case
        when period_last_year between 1975 and 2100 and period_last_month between 1 and 12
            then last_day(make_date(period_last_year, period_last_month, 1))
    end as period_end,
    -- the day whose boundaries the figure is on, where the row says (else the period's own)
    case
        when regexp_full_match(boundaries_as_of, '\d{4}-\d{2}-\d{2}') then try_cast(boundaries_as_of as date)
    end as boundaries_day,
    case
        when length(period) = 4 then 'year'
        when period like '%/%' then 'span'
        when period like '%-Q%' then 'quarter'
        when period like '%-H%' then 'half'
        when period like '%-YTD%' then 'year_to_date'
        else 'month'
    end as period_kind
from (
    select
        *,
        try_cast(left(period, 4) as integer) as period_year,
        try_cast(case when period like '%/%' then right(period, 4) else left(period, 4) end as integer)
            as period_last_year,
        case
            when length(period) = 4 or period like '%/%' then 12  -- a span ends with its last year
            when period[6] = 'Q' then 3 * try_cast(period[7] as integer)
            when period[6] = 'H' then 6 * try_cast(period[7] as integer)
            else try_cast(right(period, 2) as integer)  -- Mmm and YTDmm end with their month
        end as period_last_month
    from raw_files.observations
) as observations;
