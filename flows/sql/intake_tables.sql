-- The intake: a scratch database beside the build file, deleted after the load. It holds what
-- the rules check against and the macros they use; the raw files themselves are read straight
-- into the build file (raw_tables.sql).

-- The whitespace Python's str.strip() removes: the characters str.isspace() accepts.
create macro intake.whitespace() as [
    9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760,
    8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288
];

-- Does a value begin or end with such whitespace, or is it empty? Nearly every value begins and
-- ends in printable ASCII, and telling them apart costs far less than trimming every value.
create macro intake.needs_stripping(text) as case
    when ascii(text) between 33 and 126 and ascii(substring(text, -1)) between 33 and 126 then false
    else
        text = ''
        or list_contains(intake.whitespace(), ascii(text))
        or list_contains(intake.whitespace(), ascii(substring(text, -1)))
end;

-- A value as the rules see it: stripped as Python's str.strip() strips (so both readers agree),
-- and null when nothing is left.
create macro intake.stripped(text) as
nullif(trim(text, array_to_string(list_transform(intake.whitespace(), lambda c: chr(c)), '')), '');

-- The reference catalogues the rules check codes against (from the dbt seeds).
create table intake.units (unit_code varchar primary key, mart_unit varchar, factor_to_mart_unit varchar);
create table intake.indicators (indicator_code varchar primary key, mart_unit varchar);
-- The code lists, intake.measures, intake.statuses and the rest, are their seeds as they are
-- (seeds/reference/<list>.csv, flows/validate.py).
-- A province is a unit: its code and the days it was valid (a null bound: open). A code can
-- name two units at different dates (24: Bắc Giang, then from 2025-07-01 Bắc Ninh).
create table intake.provinces (
    province_code varchar,
    valid_from date,
    valid_to date,
    name_vi varchar,
    successor_code varchar
);
create table intake.province_aliases (province_code varchar, alias varchar, valid_from date, valid_to date);

-- A name as it is compared: lower case, no diacritics (đ is a letter of its own), letters and
-- digits only, so "TP.HCM", "TP HCM" and "tp hcm" are one name.
create macro intake.folded_name(name) as
regexp_replace(strip_accents(replace(lower(name), 'đ', 'd')), '[^a-z0-9]', '', 'g');

-- A period as the contract writes it: YYYY, YYYY-Qn, YYYY-Hn, YYYY-Mmm, YYYY-YTDmm or a span YYYY/YYYY.
create macro intake.period_pattern() as '\d{4}(-(Q[1-4]|H[12]|M(0[1-9]|1[0-2])|YTD(0[1-9]|1[0-2]))|/\d{4})?';

-- How each distinct printed figure reads, by Babel's locale data (flows/published_numbers.py).
create table intake.published_readings (
    value_as_published varchar,
    language varchar,
    unit varchar,
    problem varchar,  -- why it cannot be read in the row's unit; null when it can
    value varchar,  -- the figure in the row's unit, normalised
    value_is_exact boolean,  -- it fits DECIMAL(38, 9) exactly, so a cast compares it faithfully
    exact_value decimal(38, 9) generated always as (case when value_is_exact then value::decimal(38, 9) end) virtual,
    published_decimals integer,
    precision_unit varchar,
    sign_note varchar  -- which printed words gave it its sign: "'giảm' is a decrease"
);

-- A broken rule of one row, or null when it holds. `tier` orders the rules: a row's problems
-- are those of its first failing tier, since a later rule assumes the earlier ones hold.
create macro intake.problem(failed, tier, position, column_name, what, got) as
case when failed then {
    'tier': tier, 'position': position, 'column_name': column_name, 'what': what, 'got': got::varchar
} end;
