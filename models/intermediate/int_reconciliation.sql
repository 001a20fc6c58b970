{#- Every published growth, target, attainment, plan share and average over a span, of every
    vintage, checked against the levels: those its source could see when it published, and the
    best ones known now. And every second value of a figure that one source prints twice. -#}

with

figures as (
    select * from {{ ref('int_observations__vintaged') }}
),

levels as (
    select * from figures
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
        case figure when 'average_growth_pct' then right(period, 4) else period end as numerator_period,
        -- a plan's growth is of its own target level (for a span, that of its last year)
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

candidates as (
    -- Every level that could stand on either side of a published figure.
    select
        published.file_name,
        published.file_line,
        sides.side,
        levels.published_on <= published.published_on as was_visible,
        levels.source_id = published.source_id as is_own,
        levels.vintage_rank,
        struct_pack(
            value := levels.figure_value,
            lower := levels.figure_lower,
            upper := levels.figure_upper,
            price_basis := levels.price_basis,
            source_id := levels.source_id
        ) as level
    from published
    cross join (values ('numerator'), ('denominator')) as sides (side)
    inner join levels
        on
            published.province_key = levels.province_key
            and published.indicator_code = levels.indicator_code
            and levels.period = case sides.side
                when 'numerator' then published.numerator_period else published.denominator_period
            end
            and levels.is_target = case sides.side
                when 'numerator' then published.numerator_is_target else published.denominator_is_target
            end
            -- a planned growth is checked against its own document's target level
            and (
                sides.side = 'denominator'
                or not published.numerator_is_target
                or published.source_id = levels.source_id
            )
),

chosen as (
    -- Seen: the level its source could see when it published, its own where it printed one, else
    -- the best vintage then. Latest: the best vintage known now.
    select
        file_name,
        file_line,
        side,
        arg_min(level, [cast(not is_own as integer), vintage_rank]) filter (where was_visible) as seen,
        arg_min(level, vintage_rank) as latest
    from candidates
    group by file_name, file_line, side
),

paired as (
    select
        published.*,
        moments.moment,
        {%- for side in ['numerator', 'denominator'] %}
        {%- for attribute in ['value', 'lower', 'upper', 'price_basis', 'source_id'] %}
        struct_extract(
            case moments.moment when 'seen' then {{ side }}.seen else {{ side }}.latest end, '{{ attribute }}'
        ) as {{ side }}_{{ attribute }},
        {%- endfor %}
        {%- endfor %}
        case moments.moment when 'seen' then numerator.seen else numerator.latest end is not null as has_numerator,
        case moments.moment when 'seen' then denominator.seen else denominator.latest end is not null
            as has_denominator
    from published
    cross join (values ('seen'), ('latest')) as moments (moment)
    left join chosen as numerator
        on
            published.file_name = numerator.file_name
            and published.file_line = numerator.file_line
            and numerator.side = 'numerator'
    left join chosen as denominator
        on
            published.file_name = denominator.file_name
            and published.file_line = denominator.file_line
            and denominator.side = 'denominator'
),

computed as (
    -- The ratio of two intervals, rounded outwards to 1e-6 so rounding never hides a conflict.
    select
        *,
        {{ yearly_rate_pct(ratio_lower_pct('numerator_lower', 'denominator_upper'), 'years', 'floor') }}
        + offset_pct as computed_lower,
        {{ yearly_rate_pct(ratio_upper_pct('numerator_upper', 'denominator_lower'), 'years', 'ceil') }}
        + offset_pct as computed_upper,
        case
            when not has_numerator and numerator_is_target then 'missing target level'
            when not has_numerator then 'missing level'
            when not has_denominator and denominator_is_target then 'missing target level'
            when not has_denominator and figure = 'growth_prev_period_pct' then 'missing previous period''s level'
            when not has_denominator and figure = 'average_growth_pct'
                then 'missing level of the year before the span'
            when not has_denominator then 'missing previous year''s level'
            -- An unstated price basis is not assumed to match a stated one.
            when coalesce(numerator_price_basis, '') != coalesce(denominator_price_basis, '')
                then 'different price bases'
        end as unverifiable_reason
    from paired
),

judged as (
    select
        *,
        case
            when unverifiable_reason is not null then 'unverifiable'
            when computed_lower > figure_upper or figure_lower > computed_upper then 'inconsistent'
            else 'consistent'
        end as moment_verdict
    from computed
),

checks as (
    -- The verdict: inconsistent where the levels its source could see rule it out; revised where
    -- it agreed with them (or saw none) and only later levels rule it out; consistent where
    -- either agrees. The levels shown are those it could see, else today's.
    select
        seen.check_name,
        seen.province_key,
        seen.province_code,
        seen.indicator_code,
        seen.period_year as year,
        seen.period,
        seen.period_kind,
        seen.figure_value as published_value,
        seen.figure_lower as published_lower,
        seen.figure_upper as published_upper,
        seen.comparator as published_comparator,
        seen.status as published_status,
        seen.source_id as published_source_id,
        seen.file_name as published_file_name,
        seen.file_line as published_file_line,
        seen.is_used,
        shown.numerator_value,
        shown.numerator_lower,
        shown.numerator_upper,
        shown.numerator_price_basis,
        shown.numerator_source_id,
        shown.denominator_value,
        shown.denominator_lower,
        shown.denominator_upper,
        shown.denominator_price_basis,
        shown.denominator_source_id,
        case when shown.moment_verdict != 'unverifiable' then shown.computed_lower end as computed_lower,
        case when shown.moment_verdict != 'unverifiable' then shown.computed_upper end as computed_upper,
        case when latest.moment_verdict != 'unverifiable' then latest.computed_lower end as latest_computed_lower,
        case when latest.moment_verdict != 'unverifiable' then latest.computed_upper end as latest_computed_upper,
        case
            when seen.moment_verdict = 'inconsistent' then 'inconsistent'
            when latest.moment_verdict = 'inconsistent' then 'revised'
            when 'consistent' in (seen.moment_verdict, latest.moment_verdict) then 'consistent'
            else 'unverifiable'
        end as verdict,
        case when latest.moment_verdict = 'unverifiable' then latest.unverifiable_reason end as unverifiable_reason
    from judged as seen
    inner join judged as latest
        on seen.file_name = latest.file_name and seen.file_line = latest.file_line and latest.moment = 'latest'
    inner join judged as shown
        on
            seen.file_name = shown.file_name
            and seen.file_line = shown.file_line
            and shown.moment = case when seen.moment_verdict != 'unverifiable' then 'seen' else 'latest' end
    where seen.moment = 'seen'
),

within_source as (
    -- One source printing two values of one figure: each later statement against the first.
    select
        'within_source' as check_name,
        later.province_key,
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
        first.figure_lower as computed_lower,
        first.figure_upper as computed_upper,
        case
            when first.figure_lower > later.figure_upper or later.figure_lower > first.figure_upper
                then 'inconsistent'
            else 'consistent'
        end as verdict
    from figures as later
    inner join figures as first
        on
            later.source_id = first.source_id
            and later.province_key = first.province_key
            and later.indicator_code = first.indicator_code
            and later.period = first.period
            and later.measure = first.measure
            and later.status = first.status
            and first.statement_rank = 1
            and later.statement_rank > 1
            -- a figure stated at constant prices and again at current prices is two figures; an
            -- unstated basis may be either, so it is still compared
            and (
                later.price_basis is null
                or first.price_basis is null
                or later.price_basis = first.price_basis
            )
)

select * from checks  -- noqa: AM07
union all by name
select * from within_source
