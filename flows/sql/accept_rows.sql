-- Every row passed the rules: keep each figure once, at its first occurrence, and drop the
-- columns the rules needed.

delete from raw.sources as s
using source_occurrences as later
where later.occurrence > 1 and s.file_index = later.file_index and s.file_line = later.file_line;

delete from raw.observations as o
using repeated_observations as later
where later.occurrence > 1 and o.file_index = later.file_index and o.file_line = later.file_line;

alter table raw.sources drop column found;
alter table raw.sources drop column file_index;
alter table raw.observations drop column found;
alter table raw.observations drop column key_hash;
alter table raw.observations drop column file_index;
