{#- A value lies within its own interval (a null bound is open). -#}
{% test interval_contains(model, column_name, lower, upper) %}
    select *
    from {{ model }}
    where {{ column_name }} < {{ lower }} or {{ column_name }} > {{ upper }}
{% endtest %}
