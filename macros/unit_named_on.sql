{#- Join condition: the row of `provinces` that `code` named on `day` (an open validity date
    never excludes it: a unit whose establishment date is not verified is valid before it). -#}
{% macro unit_named_on(provinces, code, day) -%}
    {{ code }} = {{ provinces }}.province_code
    and {{ day }}
    between coalesce({{ provinces }}.valid_from, {{ day }})
    and coalesce({{ provinces }}.valid_to, {{ day }})
{%- endmacro %}
