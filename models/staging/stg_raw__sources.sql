with

source as (
    select * from {{ source('raw', 'sources') }}
),

renamed as (
    select
        source_id,
        title,
        publisher,
        kind as source_kind,
        language,
        url,
        author,
        published_on as published_on_as_given,
        -- A month or a year alone is dated to its first day, for ordering vintages.
        cast(
            case length(published_on)
                when 4 then published_on || '-01-01'
                when 7 then published_on || '-01'
                else published_on
            end as date
        ) as published_on,
        file_name,
        file_line,
        file_sha256
    from source
)

select * from renamed
