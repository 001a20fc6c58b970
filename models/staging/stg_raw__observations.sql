with

source as (
    select * from {{ source('raw', 'observations') }}
),

units as (
    select * from {{ ref('stg_reference__units') }}
),

renamed as (
    select
        source.source_id,
        source.province_code,
        source.indicator_code,
        source.period,
        cast(left(source.period, 4) as integer) as period_year,
        case
            when length(source.period) = 4 then 'year'
            when source.period like '%/%' then 'span'
            when source.period like '%-Q%' then 'quarter'
            when source.period like '%-H%' then 'half'
            when source.period like '%-YTD%' then 'year_to_date'
            else 'month'
        end as period_kind,
        source.measure,
        source.status,
        source.comparator,
        -- Normalised to the marts' unit of the same currency (vnd_bn, usd_mn) or pct.
        cast(cast(source.value as decimal(38, 9)) * unit.factor_to_mart_unit as decimal(38, 9)) as value,
        unit.mart_unit as unit,
        -- Half of the last published digit, in the same unit: 14,5% is +-0.05, 3,0 tỷ USD is +-50 usd_mn.
        cast(
            0.5 / pow(10, source.published_decimals) * precision_unit.factor_to_mart_unit
            as decimal(38, 9)
        ) as precision_half_width,
        source.price_basis,
        cast(source.value as decimal(38, 9)) as value_as_given,
        source.unit as unit_as_given,
        source.value_as_published,
        source.published_decimals,
        source.quote,
        source.file_name,
        source.file_line,
        source.file_sha256
    from source
    inner join units as unit on source.unit = unit.unit_code
    inner join units as precision_unit on source.precision_unit = precision_unit.unit_code
)

select * from renamed
