{#- The yearly facts of the indicators the catalogue assigns to this mart (seeds/reference/indicators.csv,
    fact_table); int_yearly_facts gives every column in serving order. -#}

select * exclude (fact_table)
from {{ ref('int_yearly_facts') }}
where fact_table = '{{ model.name }}'
