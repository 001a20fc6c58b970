-- The rules of observations files (docs/contract.md), on the records read (typed_records.sql).
-- Only the rows that break a rule are kept, with the problems they have (`found`): in a good load there are none, and
-- nothing is written. Printed figures were read beforehand, once per distinct text
-- (published_readings), and each row's province looked up (observation_provinces.sql).

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
        -- a span runs from one year to a later one
        regexp_full_match(period, intake.period_pattern())
        and (period_kind != 'span' or left(period, 4) < right(period, 4)) as well_formed,
        period_year as year,
        period_kind as kind
    from raw_files.typed_observations
    group by period, period_year, period_kind
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
        m.period_kinds,
        pe.well_formed as period_well_formed,
        pe.year,
        pe.kind as period_kind,
        regexp_full_match(o.value, '-?[0-9]+(\.[0-9]+)?') as value_canonical,
        o.value_decimal,
        r.problem as reading_problem,
        r.exact_value as published_decimal,
        r.value as published_value,
        r.sign_note,
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
        -- each measure is published for some kinds of period (seeds/reference/measures.csv)
        period_well_formed and not list_contains(string_split(period_kinds, '|'), period_kind) as period_not_of_measure,
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
            'must be YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm or YYYY-YTDmm with 1975 <= YYYY <= 2100, or a span YYYY/YYYY',
            period
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
        intake.problem(
            period_not_of_measure, 3, 2, 'period',
            measure || ' is published for periods of kind ' || replace(period_kinds, '|', ', ')
            || '; this one is of kind ' || period_kind,
            period
        ),
        intake.problem(value_negative, 4, 1, 'value', 'a ' || measure || ' cannot be negative', value),
        intake.problem(published_unreadable, 5, 1, 'value_as_published', reading_problem, value_as_published),
        intake.problem(
            published_disagrees, 6, 1, 'value_as_published',
            'reads as ' || published_value || ' ' || unit || coalesce(' (' || sign_note || ')', '')
            || ', but value is ' || value,
            value_as_published
        )
    ], lambda p: p is not null) as found
from rules
where greatest(
    source_id_missing, province_code_missing, indicator_code_missing, period_missing, measure_missing,
    status_missing, value_missing, unit_missing, source_unknown, province_not_valid, indicator_unknown,
    measure_unknown, status_unknown, comparator_unknown, unit_unknown, price_basis_unknown, period_malformed,
    boundaries_malformed, value_not_canonical, value_too_long, unit_not_of_indicator, period_not_of_measure,
    value_negative,
    published_unreadable, published_disagrees
);

-- The same (source, province, indicator, period, measure, status) again with the same content is
-- one observation. With another content it is the source printing two values of one figure (a
-- headline and its body): both load where each row quotes its own sentence; with the same quote,
-- or none to tell them apart, it is an error. Only keys that repeat are compared: in a national
-- load they are few, and comparing all rows would sort them all.
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

repeated as (
    select
        file_index,
        file_line,
        source_id,
        province_code,
        indicator_code,
        period,
        measure,
        status,
        quote,
        [comparator, value_decimal::varchar, unit] as content
    from keyed
    where
        key_hash in (select repeated_keys.key_hash from repeated_keys)
        and not exists (  -- a broken row repeats nothing
            select 1 from broken_observations as b
            where b.file_index = keyed.file_index and b.file_line = keyed.file_line
        )
),

ranked as (
    select
        *,
        row_number() over (
            partition by source_id, province_code, indicator_code, period, measure, status, content
            order by file_index, file_line
        ) as occurrence
    from repeated
),

-- A value that differs from an earlier one of the same figure, where no quote tells them apart.
unquoted_conflicts as (
    select
        later.file_index,
        later.file_line,
        min([earlier.file_index, earlier.file_line]) as first_place
    from ranked as later
    inner join ranked as earlier
        on
            later.source_id = earlier.source_id
            and later.province_code = earlier.province_code
            and later.indicator_code = earlier.indicator_code
            and later.period = earlier.period
            and later.measure = earlier.measure
            and later.status = earlier.status
            and [later.file_index, later.file_line] > [earlier.file_index, earlier.file_line]
            and later.content != earlier.content
    where
        later.occurrence = 1 and earlier.occurrence = 1
        and (later.quote is null or earlier.quote is null or later.quote = earlier.quote)
    group by later.file_index, later.file_line
)

select
    r.file_index,
    r.file_line,
    r.occurrence,
    c.first_place[1] as first_file_index,
    c.first_place[2] as first_file_line,
    c.first_place is not null as conflicts
from ranked as r
left join unquoted_conflicts as c on r.file_index = c.file_index and r.file_line = c.file_line;

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
        || ', which gives the same source_id/province_code/indicator_code/period/measure/status another value'
        || ' (two values of one figure load only where each row quotes its own sentence)',
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
