-- The province of each observation (docs/contract.md), looked up before the rules of
-- observations files (check_observations.sql) read it.

-- A figure's province is a unit: the one its code names on the last day of the period, or on
-- the day its boundaries_as_of gives ("theo địa giới mới": an earlier year on a later unit's
-- territory). Codes, periods and such days combine in few ways: each combination is looked up
-- once, and a problem worded with what was valid that day.
create temp table observation_provinces as
with asked as (
    select
        province_code,
        period,
        period_end,
        boundaries_as_of,
        boundaries_day
    from raw_files.typed_observations
    where province_code is not null
    group by all
),

dated as (
    select
        *,
        -- a malformed period has no last day: the period's own rule says what is wrong
        coalesce(
            boundaries_day, case when regexp_full_match(period, intake.period_pattern()) then period_end end
        ) as unit_day,
        case
            when boundaries_day is not null then ', the day of boundaries_as_of'
            else ', the last day of the period'
        end as unit_day_is
    from asked
),

matched as (
    select
        d.*,
        exists(
            select 1 from intake.provinces as p
            where p.province_code = d.province_code
        ) as code_known,
        (
            select count(*) from intake.provinces as p
            where
                p.province_code = d.province_code
                and d.unit_day between coalesce(p.valid_from, d.unit_day) and coalesce(p.valid_to, d.unit_day)
        ) > 0 as unit_found
    from dated as d
),

-- Of a known code with no unit that day: the unit that ended before it, or began after it.
ended as (
    select
        m.province_code,
        m.unit_day,
        arg_max(
            p.province_code || ' (' || p.name_vi || ') ended on ' || p.valid_to || ', before ' || m.unit_day
            || m.unit_day_is || '; from ' || (p.valid_to + 1) || ' its territory is part of '
            || p.successor_code || ' (' || s.name_vi || ')',
            p.valid_to
        ) as what
    from matched as m
    inner join intake.provinces as p on m.province_code = p.province_code and m.unit_day > p.valid_to
    inner join intake.provinces as s
        on
            p.successor_code = s.province_code
            and p.valid_to + 1 between coalesce(s.valid_from, p.valid_to + 1) and coalesce(s.valid_to, p.valid_to + 1)
    where m.code_known and not m.unit_found
    group by m.province_code, m.unit_day
),

began as (
    select
        m.province_code,
        m.unit_day,
        arg_min(
            p.province_code || ' (' || p.name_vi || ') began on ' || p.valid_from || ', after ' || m.unit_day
            || m.unit_day_is,
            p.valid_from
        ) as what
    from matched as m
    inner join intake.provinces as p on m.province_code = p.province_code and m.unit_day < p.valid_from
    where m.code_known and not m.unit_found
    group by m.province_code, m.unit_day
),

-- Of an unknown code: the units valid that day, and, when it reads as a name, the closest one.
valid_on_day as (
    select
        m.unit_day,
        string_agg(p.province_code || ' ' || p.name_vi, ', ' order by p.province_code) as units
    from (
        select distinct unit_day from matched
        where not code_known and unit_day is not null
    ) as m
    inner join intake.provinces as p
        on m.unit_day between coalesce(p.valid_from, m.unit_day) and coalesce(p.valid_to, m.unit_day)
    group by m.unit_day
),

named as (
    select
        m.province_code,
        m.unit_day,
        arg_max(
            a.province_code || ' (' || p.name_vi || ')',
            jaro_winkler_similarity(intake.folded_name(m.province_code), intake.folded_name(a.alias))
        ) as closest,
        max(jaro_winkler_similarity(intake.folded_name(m.province_code), intake.folded_name(a.alias)))
            as similarity
    from matched as m
    inner join intake.province_aliases as a
        on m.unit_day between coalesce(a.valid_from, m.unit_day) and coalesce(a.valid_to, m.unit_day)
    inner join intake.provinces as p
        on
            a.province_code = p.province_code
            and m.unit_day between coalesce(p.valid_from, m.unit_day) and coalesce(p.valid_to, m.unit_day)
    where not m.code_known and regexp_matches(m.province_code, '[[:alpha:]]{3}')
    group by m.province_code, m.unit_day
)

select
    m.province_code,
    m.period,
    m.boundaries_as_of,
    m.boundaries_as_of is not null and m.boundaries_day is null as boundaries_malformed,
    case
        -- the period is malformed (that rule says so): no day to tell the units valid by
        when m.unit_day is null and m.code_known then null
        when m.unit_day is null
            then
                'unknown code; expected one of '
                || (
                    select string_agg(distinct p.province_code, ', ' order by p.province_code)
                    from intake.provinces as p
                )
        when not m.code_known and n.similarity = 1
            then
                'unknown code; expected a two-digit code: on ' || m.unit_day || m.unit_day_is
                || ', this name is ' || n.closest
        when not m.code_known and n.similarity >= 0.85
            then
                'unknown code; expected a two-digit code: the closest name valid on ' || m.unit_day
                || m.unit_day_is || ', is ' || n.closest
        when not m.code_known
            then
                'unknown code; expected one of the codes valid on ' || m.unit_day || m.unit_day_is || ': '
                || v.units
        when not m.unit_found then coalesce(e.what, b.what)
    end as province_problem
from matched as m
left join ended as e on m.province_code = e.province_code and m.unit_day = e.unit_day
left join began as b on m.province_code = b.province_code and m.unit_day = b.unit_day
left join valid_on_day as v on m.unit_day = v.unit_day
left join named as n on m.province_code = n.province_code and m.unit_day = n.unit_day;
