{#- A published figure that disagrees with the levels is a fact of the world: the report must
    show it, but it does not stop publication. Fails on rows whose check says `inconsistent`. -#}
{% test published_consistency(model, column_name) %}
    {{ config(severity='warn') }}
    select *
    from {{ model }}
    where {{ column_name }} = 'inconsistent'
{% endtest %}
