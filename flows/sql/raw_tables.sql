-- The build file's raw layer as the loader writes it. Each raw file is read once, straight into
-- a table of its own in `raw_files` (flows/intake.py): every record as written, stripped, with its
-- line. Once every record has passed the rules, `raw.sources` and `raw.observations` are views
-- over those tables with the records' lineage (raw_views.sql): nothing is written twice.

create schema raw_files;
create schema raw;

create table raw.files (
    file_index integer primary key,  -- the order files were found in: shipped figures, then the inbox
    file_name varchar not null,  -- relative to the folder it was found in
    file_sha256 varchar not null,
    loaded_at timestamptz not null
);
