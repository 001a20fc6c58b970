-- The rules of sources files (docs/contract.md), on the records read (typed_records.sql).
-- Sources are few: every row is kept here with the problems it has (`found`), and the first
-- occurrence of each source_id is what the observations' rules look sources up in.

create temp table checked_sources as
with expected as (  -- the codes a message lists
    select
        (select string_agg(source_kind_code, ', ' order by source_kind_code) from intake.source_kinds)
            as expected_kinds,
        (select string_agg(language_code, ', ' order by language_code) from intake.languages)
            as expected_languages
),

rows as (
    select
        s.*,
        expected.expected_kinds,
        expected.expected_languages
    from raw_files.typed_sources as s
    cross join expected
)

select
    source_id,
    title,
    publisher,
    published_on,
    kind,
    url,
    author,
    language,
    file_index,
    file_line,
    list_filter([
        intake.problem(source_id is null, 1, 1, 'source_id', 'is required and empty', null),
        intake.problem(title is null, 1, 2, 'title', 'is required and empty', null),
        intake.problem(publisher is null, 1, 3, 'publisher', 'is required and empty', null),
        intake.problem(published_on is null, 1, 4, 'published_on', 'is required and empty', null),
        intake.problem(kind is null, 1, 5, 'kind', 'is required and empty', null),
        intake.problem(
            not regexp_full_match(source_id, '[a-z0-9-]+'),
            2, 1, 'source_id', 'must be lowercase letters, digits and ''-''', source_id
        ),
        intake.problem(
            not regexp_full_match(published_on, '\d{4}(-\d{2}(-\d{2})?)?')
            or published_date is null
            or year(published_date) not between 1975 and 2100,
            2, 2, 'published_on', 'must be a date YYYY-MM-DD, YYYY-MM or YYYY', published_on
        ),
        intake.problem(
            kind not in (select code_list.source_kind_code from intake.source_kinds as code_list),
            2, 3, 'kind', 'unknown code; expected one of ' || expected_kinds, kind
        ),
        intake.problem(
            language not in (select code_list.language_code from intake.languages as code_list),
            2, 4, 'language', 'unknown code; expected one of ' || expected_languages, language
        )
    ], lambda p: p is not null) as found
from rows;

-- The same source_id again with the same content is one source; with other content, an error.
create temp table source_occurrences as
with ranked as (
    select
        file_index,
        file_line,
        source_id,
        language,
        [title, publisher, published_on, kind, url, author, language] as content,
        row_number() over (partition by source_id order by file_index, file_line) as occurrence,
        first_value([file_index, file_line]) over (
            partition by source_id order by file_index, file_line
        ) as first_place,
        first_value([title, publisher, published_on, kind, url, author, language]) over (
            partition by source_id order by file_index, file_line
        ) as first_content
    from checked_sources
    where len(found) = 0
)

select
    file_index,
    file_line,
    source_id,
    language,
    occurrence,
    first_place[1] as first_file_index,
    first_place[2] as first_file_line,
    content != first_content as conflicts  -- within a list, null equals null
from ranked;

create temp table kept_sources as
select
    source_id,
    language
from source_occurrences
where occurrence = 1;

-- The rows with problems, each with its list; a conflicting repeat is a problem of its own.
create temp view source_problems as
select
    file_index,
    file_line,
    found
from checked_sources
where len(found) > 0
union all
select
    o.file_index,
    o.file_line,
    [intake.problem(
        true, 9, 1, 'source_id',
        'conflicts with ' || f.file_name || ':' || o.first_file_line
        || ', which gives the same source_id another value',
        null
    )] as found
from source_occurrences as o
inner join raw.files as f on o.first_file_index = f.file_index
where o.conflicts;

-- The printed figures to read, once each, in the language of their source and the unit of their row.
create temp view printed_figures as
select distinct
    o.value_as_published,
    s.language,
    o.unit
from raw_files.observations as o
inner join kept_sources as s on o.source_id = s.source_id
inner join intake.units as u on o.unit = u.unit_code
where o.value_as_published is not null;
