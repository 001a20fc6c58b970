-- The intake: every raw record as text, stripped, empty as null, before any rule is applied.
-- It is a scratch database beside the build file, deleted after the load.

-- A value as the rules see it: without the whitespace Python's str.strip() removes (so both
-- readers agree), and null when nothing is left. Most values begin and end in printable ASCII
-- and need no trim; telling them apart costs far less than trimming every value.
create macro intake.stripped(text) as case
    when ascii(text) between 33 and 126 and ascii(right(text, 1)) between 33 and 126 then text
    else nullif(trim(
        text,
        array_to_string(list_transform(  -- the characters Python's str.isspace() accepts
            [
                9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760,
                8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288
            ],
            lambda c: chr(c)
        ), '')
    ), '')
end;

create table intake.files (
    file_index integer primary key,  -- the order files were found in: shipped figures, then the inbox
    label varchar not null,
    sha256 varchar not null
);

-- Each file's records go to a table of their own (flows/stage.py), with a view per kind over
-- them: intake.sources_text and intake.observations_text, one column per contract column.

-- The reference catalogues the rules check codes against (from the dbt seeds).
create table intake.units (unit_code varchar primary key, mart_unit varchar, factor_to_mart_unit varchar);
create table intake.indicators (indicator_code varchar primary key, mart_unit varchar);
create table intake.provinces (province_code varchar primary key, first_year integer, last_year integer);

-- How each distinct printed figure reads, by Babel's locale data (flows/published_numbers.py).
create table intake.published_readings (
    value_as_published varchar,
    language varchar,
    unit varchar,
    problem varchar,  -- why it cannot be read in the row's unit; null when it can
    value varchar,  -- the figure in the row's unit, normalised
    value_is_exact boolean,  -- it fits DECIMAL(38, 9) exactly, so a cast compares it faithfully
    published_decimals integer,
    precision_unit varchar
);

-- A broken rule of one row, or null when it holds. `stage` orders the rules: a row's problems
-- are those of its first failing stage, since a later rule assumes the earlier ones hold.
create macro intake.problem(failed, stage, position, column_name, what, got) as
case when failed then {
    'stage': stage, 'position': position, 'column_name': column_name, 'what': what, 'got': got::varchar
} end;
