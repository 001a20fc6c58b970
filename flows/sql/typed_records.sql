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
    * replace (coalesce(comparator, '=') as comparator),  -- comparator: blank is `=`
    try_cast(value as decimal(38, 9)) as value_decimal,
    try_cast(left(period, 4) as integer) as period_year,
    case
        when length(period) = 4 then 'year'
        when period like '%/%' then 'span'
        when period like '%-Q%' then 'quarter'
        when period like '%-H%' then 'half'
        when period like '%-YTD%' then 'year_to_date'
        else 'month'
    end as period_kind
from raw_files.observations;
