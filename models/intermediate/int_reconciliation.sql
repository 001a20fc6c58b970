{#- Every published growth, target, attainment and plan share, of every vintage, checked against
    the levels: those its source could see when it published, and the best ones known now. -#}
{%- set level_attributes = ['value', 'lower', 'upper', 'price_basis', 'source_id'] -%}

with

figures as (
    select * from {{ ref('int_observations__vintaged') }}
),

levels as (
    select
        province_code,
        indicator_code,
        period,
        is_target,
        figure_value as value,
        figure_lower as lower,
        figure_upper as upper,
        price_basis,
        source_id,
        published_on,
        vintage_rank
    from figures
    where figure = 'level'
),

published as (
    -- What each published figure is compared with: numerator / denominator x 100 + offset, or for
    -- an average over a span, the yearly rate that compounds the denominator into the numerator.
    select
        *,
        case
            when figure = 'growth_pct' and is_target then 'target'
            when figure = 'growth_pct' then 'growth'
            when figure = 'plan_attainment_pct' then 'plan'
            when figure = 'plan_share_pct' then 'plan_share'
            when figure = 'growth_prev_period_pct' then 'growth_prev_period'
            when figure = 'average_growth_pct' then 'average_growth'
        end as check_name,
        case figure
            when 'average_growth_pct' then right(period, 4)
            else period
        end as numerator_period,
        -- a plan's growth is of its target level (for a span, that of its last year)
        figure in ('growth_pct', 'growth_prev_period_pct', 'average_growth_pct') and is_target as numerator_is_target,
        case figure
            when 'growth_pct' then {{ period_a_year_earlier('period', 'period_year') }}
            when 'growth_prev_period_pct' then {{ previous_period('period', 'period_kind', 'period_year') }}
            when 'average_growth_pct' then cast(period_year - 1 as varchar)
            when 'plan_share_pct' then cast(period_year as varchar)
            else period
        end as denominator_period,
        figure in ('plan_attainment_pct', 'plan_share_pct') as denominator_is_target,
        case figure when 'average_growth_pct' then cast(right(period, 4) as integer) - period_year + 1 else 1 end
            as years,
        case when figure in ('plan_attainment_pct', 'plan_share_pct') then 0 else -100 end as offset_pct
    from figures
    where figure != 'level'
),

sides as (
    -- For each side, the level the source could see (published by then): its own where it printed
    -- one, else the best vintage; and the best level known now.
    select
        published.file_name,
        published.file_line,
        side.name as side,
        arg_min(
            struct_pack({% for a in level_attributes %}{{ a }} := levels.{{ a }}{{ ', ' if not loop.last }}{% endfor %}),
            [(levels.source_id != published.source_id)::integer, levels.vintage_rank]
        ) filter (where levels.published_on <= published.published_on) as seen,
        arg_min(
            struct_pack({% for a in level_attributes %}{{ a }} := levels.{{ a }}{{ ', ' if not loop.last }}{% endfor %}),
            levels.vintage_rank
        ) as latest
    from published
    cross join (values ('numerator'), ('denominator')) as side (name)
    inner join levels
        on
            published.province_code = levels.province_code
            and published.indicator_code = levels.indicator_code
            and levels.period = case side.name
                when 'numerator' then published.numerator_period else published.denominator_period
            end
            and levels.is_target = case side.name
                when 'numerator' then published.numerator_is_target else published.denominator_is_target
            end
            -- a planned growth is checked against its own document's target level
            and (side.name = 'denominator' or not published.numerator_is_target or levels.source_id = published.source_id)
    group by published.file_name, published.file_line, side.name
),

paired as (
    select
        published.*,
        {%- for moment in ['seen', 'latest'] %}
        {%- for side in ['numerator', 'denominator'] %}
        {{ side }}.{{ moment }} as {{ moment }}_{{ side }}{{ ',' if not loop.last }}
        {%- endfor %}{{ ',' if not loop.last }}
        {%- endfor %}
    from published
    left join sides as numerator
        on
            published.file_name = numerator.file_name
            and published.file_line = numerator.file_line
            and numerator.side = 'numerator'
    left join sides as denominator
        on
            published.file_name = denominator.file_name
            and published.file_line = denominator.file_line
            and denominator.side = 'denominator'
),

computed as (
    -- The ratio of two intervals, rounded outwards to 1e-6 so rounding never hides a conflict.
    select
        *,
        {%- for moment in ['seen', 'latest'] %}
        {{ yearly_rate_pct(
            ratio_lower_pct(moment ~ '_numerator.lower', moment ~ '_denominator.upper'), 'years', 'floor'
        ) }} + offset_pct as {{ moment }}_lower,
        {{ yearly_rate_pct(
            ratio_upper_pct(moment ~ '_numerator.upper', moment ~ '_denominator.lower'), 'years', 'ceil'
        ) }} + offset_pct as {{ moment }}_upper,
        case
            when {{ moment }}_numerator is null and numerator_is_target then 'missing target level'
            when {{ moment }}_numerator is null then 'missing level'
            when {{ moment }}_denominator is null and denominator_is_target then 'missing target level'
            when {{ moment }}_denominator is null and figure = 'growth_prev_period_pct'
                then 'missing previous period''s level'
            when {{ moment }}_denominator is null and figure = 'average_growth_pct'
                then 'missing level of the year before the span'
            when {{ moment }}_denominator is null then 'missing previous year''s level'
            -- An unstated price basis is not assumed to match a stated one.
            when
                coalesce({{ moment }}_numerator.price_basis, '')
                != coalesce({{ moment }}_denominator.price_basis, '')
                then 'different price bases'
        end as {{ moment }}_unverifiable_reason{{ ',' if not loop.last }}
        {%- endfor %}
    from paired
),

verdicts as (
    select
        *,
        {%- for moment in ['seen', 'latest'] %}
        case
            when {{ moment }}_unverifiable_reason is not null then 'unverifiable'
            when {{ moment }}_lower > figure_upper or figure_lower > {{ moment }}_upper then 'inconsistent'
            else 'consistent'
        end as {{ moment }}_verdict{{ ',' if not loop.last }}
        {%- endfor %}
    from computed
),

checks as (
    select
        check_name,
        province_code,
        indicator_code,
        period_year as year,
        period,
        period_kind,
        figure_value as published_value,
        figure_lower as published_lower,
        figure_upper as published_upper,
        comparator as published_comparator,
        status as published_status,
        source_id as published_source_id,
        file_name as published_file_name,
        file_line as published_file_line,
        is_used,
        -- The levels the verdict rests on: those the source could see, else today's.
        {%- for side in ['numerator', 'denominator'] %}
        {%- for attribute in level_attributes %}
        (case when seen_verdict != 'unverifiable' then seen_{{ side }} else latest_{{ side }} end).{{ attribute }}
            as {{ side }}_{{ attribute }},
        {%- endfor %}
        {%- endfor %}
        case
            when seen_verdict != 'unverifiable' then seen_lower when latest_verdict != 'unverifiable' then latest_lower
        end as computed_lower,
        case
            when seen_verdict != 'unverifiable' then seen_upper when latest_verdict != 'unverifiable' then latest_upper
        end as computed_upper,
        case when latest_verdict != 'unverifiable' then latest_lower end as latest_computed_lower,
        case when latest_verdict != 'unverifiable' then latest_upper end as latest_computed_upper,
        case
            when seen_verdict = 'inconsistent' then 'inconsistent'
            -- the source agreed with what it could see (or saw nothing); later levels moved
            when latest_verdict = 'inconsistent' then 'revised'
            when 'consistent' in (seen_verdict, latest_verdict) then 'consistent'
            else 'unverifiable'
        end as verdict,
        case when latest_verdict = 'unverifiable' then latest_unverifiable_reason end as unverifiable_reason
    from verdicts
),

within_source as (
    -- One source printing two values of one figure: each later statement against the first.
    select
        'within_source' as check_name,
        later.province_code,
        later.indicator_code,
        later.period_year as year,
        later.period,
        later.period_kind,
        later.figure_value as published_value,
        later.figure_lower as published_lower,
        later.figure_upper as published_upper,
        later.comparator as published_comparator,
        later.status as published_status,
        later.source_id as published_source_id,
        later.file_name as published_file_name,
        later.file_line as published_file_line,
        later.is_used,
        {%- for side in ['numerator', 'denominator'] %}
        {%- for attribute in level_attributes %}
        null as {{ side }}_{{ attribute }},
        {%- endfor %}
        {%- endfor %}
        first.figure_lower as computed_lower,
        first.figure_upper as computed_upper,
        null as latest_computed_lower,
        null as latest_computed_upper,
        case
            when first.figure_lower > later.figure_upper or later.figure_lower > first.figure_upper
                then 'inconsistent'
            else 'consistent'
        end as verdict,
        null as unverifiable_reason
    from figures as later
    inner join figures as first
        on
            later.source_id = first.source_id
            and later.province_code = first.province_code
            and later.indicator_code = first.indicator_code
            and later.period = first.period
            and later.measure = first.measure
            and later.status = first.status
            and first.statement_rank = 1
            and later.statement_rank > 1
)

select * from checks
union all by name
select * from within_source
