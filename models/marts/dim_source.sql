with

sources as (
    select * from {{ ref('stg_raw__sources') }}
),

final as (
    select
        source_id,
        title,
        publisher,
        source_kind,
        language,
        published_on,
        published_on_as_given,
        url,
        author,
        file_name
    from sources
)

select * from final
