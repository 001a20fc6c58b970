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
        published_date as published_on,
        published_on as published_on_as_given,
        file_name,
        file_line,
        file_sha256
    from source
)

select * from renamed
