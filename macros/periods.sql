{#- The same period a year earlier: 2020-Q2 -> 2019-Q2, 2020 -> 2019. -#}
{% macro period_a_year_earlier(period, period_year) -%}
    cast({{ period_year }} - 1 as varchar) || substr({{ period }}, 5)
{%- endmacro %}

{#- The period just before: a month, quarter, half or year earlier by one step (2020-Q1 ->
    2019-Q4, 2020-M01 -> 2019-M12); null for a year to date, which has none. -#}
{% macro previous_period(period, period_kind, period_year) -%}
    case {{ period_kind }}
        when 'year' then cast({{ period_year }} - 1 as varchar)
        when 'half' then
            case right({{ period }}, 1) when '1' then cast({{ period_year }} - 1 as varchar) || '-H2' else cast({{ period_year }} as varchar) || '-H1' end
        when 'quarter' then
            case right({{ period }}, 1)
                when '1' then cast({{ period_year }} - 1 as varchar) || '-Q4'
                else {{ period_year }} || '-Q' || (cast(right({{ period }}, 1) as integer) - 1)
            end
        when 'month' then
            case right({{ period }}, 2)
                when '01' then cast({{ period_year }} - 1 as varchar) || '-M12'
                else {{ period_year }} || '-M' || lpad(cast(cast(right({{ period }}, 2) as integer) - 1 as varchar), 2, '0')
            end
    end
{%- endmacro %}
