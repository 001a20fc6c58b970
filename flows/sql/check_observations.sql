-- The rules of observations files (docs/contract.md), on the records read (typed_records.sql).
-- Only the rows that break a rule are kept, with the problems they have (`found`): in a good load there are none, and
-- nothing is written. Printed figures were read beforehand, once per distinct text
-- (published_readings).

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

create temp table broken_observations as
with expected as (  -- the codes a message lists
    select
        (select string_agg(indicator_code, ', ' order by indicator_code) from intake.indicators) as expected_indicators,
        (select string_agg(unit_code, ', ' order by unit_code) from intake.units) as expected_units,
        (select string_agg(measure_code, ', ' order by measure_code) from intake.measures) as expected_measures,
        (select string_agg(status_code, ', ' order by status_code) from intake.statuses) as expected_statuses,
        (select string_agg(comparator_code, ', ' order by comparator_code) from intake.comparators)
            as expected_comparators,
        (select string_agg(price_basis_code, ', ' order by price_basis_code) from intake.price_bases)
            as expected_price_bases
),

-- Millions of rows share a few hundred periods: each is parsed once.
periods as (
    select
        period,
        regexp_full_match(period, intake.period_pattern()) as well_formed,
        period_year as year
    from raw_files.typed_observations
    group by period, period_year
),

rows as (
    select
        o.file_index,
        o.file_line,
        o.source_id,
        o.province_code,
        o.indicator_code,
        o.period,
        o.measure,
        o.status,
        o.comparator,
        o.value,
        o.unit,
        o.price_basis,
        o.value_as_published,
        s.source_id is not null as source_known,
        p.province_problem,
        p.boundaries_malformed,
        o.boundaries_as_of,
        i.mart_unit as indicator_mart_unit,
        u.mart_unit as unit_mart_unit,
        m.may_be_negative,
        pe.well_formed as period_well_formed,
        pe.year,
        regexp_full_match(o.value, '-?[0-9]+(\.[0-9]+)?') as value_canonical,
        o.value_decimal,
        r.problem as reading_problem,
        r.exact_value as published_decimal,
        r.value as published_value,
        case when o.measure = 'level' then i.mart_unit else 'pct' end as expected_mart_unit,
        expected.expected_indicators,
        expected.expected_units,
        expected.expected_measures,
        expected.expected_statuses,
        expected.expected_comparators,
        expected.expected_price_bases
    from raw_files.typed_observations as o
    left join periods as pe on o.period = pe.period
    left join kept_sources as s on o.source_id = s.source_id
    left join observation_provinces as p
        on
            o.province_code = p.province_code
            and o.period is not distinct from p.period
            and o.boundaries_as_of is not distinct from p.boundaries_as_of
    left join intake.indicators as i on o.indicator_code = i.indicator_code
    left join intake.units as u on o.unit = u.unit_code
    left join intake.measures as m on o.measure = m.measure_code
    left join intake.published_readings as r
        on o.value_as_published = r.value_as_published and s.language = r.language and o.unit = r.unit
    cross join expected
),

-- Each rule, true where the row breaks it (null where it cannot tell: an earlier rule broke).
rules as (
    select
        *,
        source_id is null as source_id_missing,
        province_code is null as province_code_missing,
        indicator_code is null as indicator_code_missing,
        period is null as period_missing,
        measure is null as measure_missing,
        status is null as status_missing,
        value is null as value_missing,
        unit is null as unit_missing,
        not source_known as source_unknown,
        province_problem is not null as province_not_valid,
        indicator_mart_unit is null as indicator_unknown,
        measure not in (select code_list.measure_code from intake.measures as code_list) as measure_unknown,
        status not in (select code_list.status_code from intake.statuses as code_list) as status_unknown,
        comparator not in (select code_list.comparator_code from intake.comparators as code_list) as comparator_unknown,
        unit_mart_unit is null as unit_unknown,
        price_basis not in (select code_list.price_basis_code from intake.price_bases as code_list)
            as price_basis_unknown,
        not period_well_formed or year not between 1975 and 2100 as period_malformed,
        boundaries_malformed,
        not value_canonical as value_not_canonical,
        -- DECIMAL(38, 9) in the build, scaled up to 1000-fold: a longer value would be rounded there.
        -- (Eleven characters or fewer carry at most nine decimals and eighteen digits: most values.)
        value_canonical and length(value) > 11 and (
            length(ltrim(split_part(ltrim(value, '-'), '.', 1), '0')) > 18
            or length(split_part(value, '.', 2)) > 9
        ) as value_too_long,
        unit_mart_unit != expected_mart_unit as unit_not_of_indicator,
        -- a fall or a shortfall may be negative (seeds/reference/measures.csv); an amount or an index not
        value_decimal < 0 and not may_be_negative as value_negative,
        reading_problem is not null as published_unreadable,
        -- it agrees only where both are known and equal
        value_as_published is not null and reading_problem is null
        and not coalesce(published_decimal = value_decimal, false) as published_disagrees
    from rows
)

select
    file_index,
    file_line,
    list_filter([
        intake.problem(source_id_missing, 1, 1, 'source_id', 'is required and empty', null),
        intake.problem(province_code_missing, 1, 2, 'province_code', 'is required and empty', null),
        intake.problem(indicator_code_missing, 1, 3, 'indicator_code', 'is required and empty', null),
        intake.problem(period_missing, 1, 4, 'period', 'is required and empty', null),
        intake.problem(measure_missing, 1, 5, 'measure', 'is required and empty', null),
        intake.problem(status_missing, 1, 6, 'status', 'is required and empty', null),
        intake.problem(value_missing, 1, 7, 'value', 'is required and empty', null),
        intake.problem(unit_missing, 1, 8, 'unit', 'is required and empty', null),

        intake.problem(
            source_unknown, 2, 1, 'source_id',
            'unknown code; expected the source_id of a row in a sources file', source_id
        ),
        intake.problem(province_not_valid, 2, 2, 'province_code', province_problem, province_code),
        intake.problem(
            indicator_unknown, 2, 3, 'indicator_code',
            'unknown code; expected one of ' || expected_indicators, indicator_code
        ),
        intake.problem(
            measure_unknown, 2, 4, 'measure',
            'unknown code; expected one of ' || expected_measures, measure
        ),
        intake.problem(
            status_unknown, 2, 5, 'status',
            'unknown code; expected one of ' || expected_statuses, status
        ),
        intake.problem(
            comparator_unknown, 2, 6, 'comparator', 'unknown code; expected one of ' || expected_comparators,
            comparator
        ),
        intake.problem(unit_unknown, 2, 7, 'unit', 'unknown code; expected one of ' || expected_units, unit),
        intake.problem(
            price_basis_unknown, 2, 8, 'price_basis',
            'unknown code; expected one of ' || expected_price_bases || ', or blank', price_basis
        ),
        intake.problem(
            period_malformed, 2, 9, 'period',
            'must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm or YYYY-YTDmm with 1975 <= YYYY <= 2100', period
        ),
        intake.problem(
            boundaries_malformed, 2, 11, 'boundaries_as_of',
            'must be a date YYYY-MM-DD: the day whose boundaries of the province the figure is on; or blank',
            boundaries_as_of
        ),
        intake.problem(
            value_not_canonical, 2, 10, 'value',
            'must be a number in canonical form: ''.'' as decimal point, no thousands separator', value
        ),
        intake.problem(
            value_too_long, 2, 10, 'value',
            'has more digits than a figure can carry: at most 18 before the point and 9 after', value
        ),
        intake.problem(
            unit_not_of_indicator, 3, 1, 'unit',
            'a ' || measure || ' of ' || indicator_code || ' is in a unit convertible to ' || expected_mart_unit,
            unit
        ),
        intake.problem(value_negative, 4, 1, 'value', 'a ' || measure || ' cannot be negative', value),
        intake.problem(published_unreadable, 5, 1, 'value_as_published', reading_problem, value_as_published),
        intake.problem(
            published_disagrees, 6, 1, 'value_as_published',
            'reads as ' || published_value || ' ' || unit || ', but value is ' || value,
            value_as_published
        )
    ], lambda p: p is not null) as found
from rules
where greatest(
    source_id_missing, province_code_missing, indicator_code_missing, period_missing, measure_missing,
    status_missing, value_missing, unit_missing, source_unknown, province_not_valid, indicator_unknown,
    measure_unknown, status_unknown, comparator_unknown, unit_unknown, price_basis_unknown, period_malformed,
    boundaries_malformed, value_not_canonical, value_too_long, unit_not_of_indicator, value_negative,
    published_unreadable, published_disagrees
);

-- The same (source, province, indicator, period, measure, status) again with the same content is
-- one observation; with other content, an error. Only keys that repeat are ranked: in a national
-- load they are few, and ranking all rows would sort them all.
create temp table repeated_observations as
with keyed as not materialized (
    select
        *,
        hash(source_id, province_code, indicator_code, period, measure, status) as key_hash
    from raw_files.typed_observations
),

repeated_keys as (
    select key_hash from keyed
    group by key_hash
    having count(*) > 1
),

ranked as (
    select
        file_index,
        file_line,
        [comparator, value_decimal::varchar, unit] as content,
        row_number() over (
            partition by source_id, province_code, indicator_code, period, measure, status
            order by file_index, file_line
        ) as occurrence,
        first_value([file_index, file_line]) over (
            partition by source_id, province_code, indicator_code, period, measure, status
            order by file_index, file_line
        ) as first_place,
        first_value([comparator, value_decimal::varchar, unit]) over (
            partition by source_id, province_code, indicator_code, period, measure, status
            order by file_index, file_line
        ) as first_content
    from keyed
    where
        key_hash in (select repeated_keys.key_hash from repeated_keys)
        and not exists (  -- a broken row repeats nothing
            select 1 from broken_observations as b
            where b.file_index = keyed.file_index and b.file_line = keyed.file_line
        )
)

select
    file_index,
    file_line,
    occurrence,
    first_place[1] as first_file_index,
    first_place[2] as first_file_line,
    content != first_content as conflicts  -- within a list, null equals null
from ranked;

-- The rows with problems, each with its list; a conflicting repeat is a problem of its own.
create temp view observation_problems as
select
    file_index,
    file_line,
    found
from broken_observations
union all
select
    r.file_index,
    r.file_line,
    [intake.problem(
        true, 9, 1, 'value',
        'conflicts with ' || f.file_name || ':' || r.first_file_line
        || ', which gives the same source_id/province_code/indicator_code/period/measure/status another value',
        null
    )] as found
from repeated_observations as r
inner join raw.files as f on r.first_file_index = f.file_index
where r.conflicts;

-- Every problem as it is reported: sources first, then each file's in line order; of a row's
-- problems, those of its first failing tier.
create temp view reported_problems as
with listed as (
    select
        1 as kind_order,
        *
    from source_problems
    union all
    select
        2 as kind_order,
        *
    from observation_problems
),

problems as (
    select
        kind_order,
        file_index,
        file_line,
        -- each field of each problem becomes a column of its own
        unnest(found, recursive := true)  -- noqa: AL03
    from listed
)

select
    f.file_name,
    p.file_line,
    p.column_name,
    p.what,
    p.got
from problems as p
inner join raw.files as f on p.file_index = f.file_index
qualify p.tier = min(p.tier) over (partition by p.kind_order, p.file_index, p.file_line)
order by p.kind_order, p.file_index, p.file_line, p.tier, p.position;
