{#- Bounds of numerator / denominator * 100 for non-negative level intervals. A null bound is
    open (a ">=" or "<=" figure); the result is rounded outwards to six decimals, in DECIMAL. -#}

{% macro ratio_lower_pct(numerator_lower, denominator_upper) -%}
    cast(
        case
            when {{ denominator_upper }} is null then 0
            else floor(greatest(coalesce({{ numerator_lower }}, 0), 0) / {{ denominator_upper }} * 100000000) / 1000000
        end as decimal(38, 6)
    )
{%- endmacro %}

{% macro ratio_upper_pct(numerator_upper, denominator_lower) -%}
    cast(
        case
            when {{ numerator_upper }} is null or {{ denominator_lower }} is null or {{ denominator_lower }} <= 0 then null
            else ceil({{ numerator_upper }} / {{ denominator_lower }} * 100000000) / 1000000
        end as decimal(38, 6)
    )
{%- endmacro %}

{#- The yearly rate, in %, that compounds into a ratio (in %) over `years` years: 100 x
    (ratio / 100)^(1 / years), rounded outwards (`rounding` is floor or ceil) to six decimals.
    Over one year it is the ratio itself. -#}
{% macro yearly_rate_pct(ratio_pct, years, rounding) -%}
    cast(
        case
            when {{ years }} = 1 then {{ ratio_pct }}
            else {{ rounding }}(pow({{ ratio_pct }} / 100, 1.0 / {{ years }}) * 100000000) / 1000000
        end as decimal(38, 6)
    )
{%- endmacro %}
