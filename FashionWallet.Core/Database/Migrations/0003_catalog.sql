-- The catalog: silhouettes, fabrics, prints and design elements, their immutable version history, search,
-- similarity and trending. Writes go through FashionWallet.Catalog.CatalogStore, which fills the derived columns
-- (price band, materials, colour families, palette, feature vector) from the validated attributes. Thumbnails and
-- textures are not stored: the project's code draws them from the attributes (CatalogArtwork).
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists btree_gin;

-- unaccent() is STABLE (it reads its dictionary through search_path); naming the dictionary and schema makes the
-- result depend on its argument only, so this wrapper may honestly be IMMUTABLE and used in indexes.
create function catalog_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- English stemming after unaccent: "Crème" and "creme" index and query as the same lexeme, and ts_headline can
-- highlight the original accented text.
create text search configuration catalog_english (copy = english);
alter text search configuration catalog_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create table catalog_items (
    id               uuid primary key,
    sku              text not null unique check (sku ~ '^[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]$'),
    kind             text not null check (kind in ('silhouette', 'fabric', 'print', 'element')),
    name             text not null check (length(name) between 1 and 120),
    description      text not null default '' check (length(description) <= 4000),
    category         text not null,
    tags             text[] not null default '{}',
    attributes       jsonb not null,
    status           text not null check (status in ('draft', 'published', 'archived')),
    version          integer not null check (version >= 1),
    content_hash     text not null,
    -- facets, derived from the attributes at write time so search filters and counts read plain columns
    price            numeric(10, 2) not null check (price >= 0),
    price_unit       text not null check (price_unit in ('metre', 'piece', 'garment')),
    price_band       smallint not null,
    materials        text[] not null default '{}',
    material_text    text not null default '',
    colour_families  text[] not null default '{}',
    stretch          text,
    -- similarity: palette as (L, a, b, coverage) per colour, most coverage first; attribute vector in [0, 1]
    palette          real[] not null,
    feature_vector   real[] not null,
    -- search: maintained by catalog_items_search_document() below
    search_name      text generated always as (lower(catalog_unaccent(name))) stored,
    search_document  tsvector not null default ''::tsvector,
    -- trending: lifetime counts and the time-decayed score, written only by catalog_refresh_trending()
    view_count       bigint not null default 0,
    use_count        bigint not null default 0,
    trending_score   double precision not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    published_at     timestamptz,
    -- plain uuids: accounts live in another slice, and an item outlives the account that edited it
    created_by       uuid,
    updated_by       uuid
);

-- Name A > tags B > composition/material C > description D.
create function catalog_items_search_document() returns trigger
    language plpgsql as $$
begin
    new.search_document :=
        setweight(to_tsvector('catalog_english', new.name), 'A') ||
        setweight(to_tsvector('catalog_english', array_to_string(new.tags, ' ')), 'B') ||
        setweight(to_tsvector('catalog_english', new.material_text), 'C') ||
        setweight(to_tsvector('catalog_english', new.description), 'D');
    return new;
end $$;

create trigger catalog_items_search_document
    before insert or update of name, tags, material_text, description on catalog_items
    for each row execute function catalog_items_search_document();

-- Multi-column GIN (btree_gin for the scalar columns): a text query and its facet filters in one index scan.
create index catalog_items_search_idx on catalog_items
    using gin (search_document, status, kind, category, colour_families, materials);
create index catalog_items_name_trgm_idx on catalog_items using gin (search_name gin_trgm_ops);
create index catalog_items_facets_idx on catalog_items using gin (status, kind, category, colour_families, materials, stretch, price_band);
-- keyset pagination for each sort without a text query
create index catalog_items_price_idx on catalog_items (status, price, id);
create index catalog_items_newest_idx on catalog_items (status, created_at desc, id);
create index catalog_items_trending_idx on catalog_items (status, trending_score desc, id);

-- Bumped by every statement that writes catalog_items (admin edits, imports, the trending refresh), so a search
-- result cached for one generation is known to be stale once the generation moves on, on every API node.
create table catalog_state (
    id          boolean primary key default true check (id),
    generation  bigint not null default 0
);
insert into catalog_state default values;

create function catalog_next_generation() returns trigger
    language plpgsql as $$
begin
    update catalog_state set generation = generation + 1;
    return null;
end $$;

create trigger catalog_items_generation
    after insert or update or delete or truncate on catalog_items
    for each statement execute function catalog_next_generation();

-- Every change is a new row here; rows are never updated (the trigger below refuses), so history cannot be rewritten.
create table catalog_item_versions (
    item_id        uuid not null references catalog_items (id),
    version        integer not null,
    change         text not null check (change in ('created', 'updated', 'published', 'archived', 'restored', 'imported')),
    restored_from  integer,
    sku            text not null,
    kind           text not null,
    name           text not null,
    description    text not null,
    category       text not null,
    tags           text[] not null,
    attributes     jsonb not null,
    status         text not null,
    content_hash   text not null,
    changed_by     uuid,
    changed_at     timestamptz not null,
    primary key (item_id, version)
);

create function catalog_versions_are_immutable() returns trigger
    language plpgsql as $$
begin
    raise exception 'catalog item versions are immutable: restore a version to create a new one';
end $$;

create trigger catalog_item_versions_immutable
    before update or delete on catalog_item_versions
    for each row execute function catalog_versions_are_immutable();

-- The words of names and tags, for "did you mean" corrections of misspelt query words by trigram similarity.
create table catalog_words (
    word text primary key
);
create index catalog_words_trgm_idx on catalog_words using gin (word gin_trgm_ops);

create function catalog_words_of(name text, tags text[]) returns setof text
    language sql immutable parallel safe as $$
    select distinct w
    from regexp_split_to_table(lower(catalog_unaccent(name || ' ' || array_to_string(tags, ' '))), '[^[:alnum:]]+') as w
    where length(w) between 3 and 30 and w !~ '^[0-9]+$'
$$;

create function catalog_collect_new_words() returns trigger
    language plpgsql as $$
begin
    insert into catalog_words (word)
    select distinct w from inserted, catalog_words_of(inserted.name, inserted.tags) as w
    on conflict do nothing;
    return null;
end $$;

-- Statement level with a transition table, so a COPY of 100,000 items adds its words in one set-based insert.
create trigger catalog_items_words_on_insert
    after insert on catalog_items
    referencing new table as inserted
    for each statement execute function catalog_collect_new_words();

create function catalog_collect_changed_words() returns trigger
    language plpgsql as $$
begin
    insert into catalog_words (word) select w from catalog_words_of(new.name, new.tags) as w on conflict do nothing;
    return null;
end $$;

create trigger catalog_items_words_on_update
    after update of name, tags on catalog_items
    for each row when (old.name is distinct from new.name or old.tags is distinct from new.tags)
    execute function catalog_collect_changed_words();

-- Views and uses per item and day; the request path only upserts here, catalog_refresh_trending() reads it.
create table catalog_item_activity (
    item_id  uuid not null references catalog_items (id),
    day      date not null,
    views    integer not null default 0,
    uses     integer not null default 0,
    primary key (item_id, day)
);
create index catalog_item_activity_day_idx on catalog_item_activity (day);

-- Trending score = sum over days of (views + 3 * uses) * 2^(-age_days / half_life_days): a use in a design says
-- more than a glance, and yesterday counts more than last month. Only rows whose figures change are written.
create function catalog_refresh_trending(as_of date, half_life_days double precision default 7)
    returns integer
    language sql as $$
    with activity as (
        select item_id,
               sum(views)::bigint as views,
               sum(uses)::bigint as uses,
               sum((views + 3 * uses) * power(2, -greatest(as_of - day, 0) / half_life_days)) as score
        from catalog_item_activity
        where day <= as_of
        group by item_id
    ),
    targets as (
        select item_id as id, views, uses, score from activity
        union all
        select id, 0, 0, 0 from catalog_items i
        where i.trending_score <> 0 and not exists (select 1 from activity a where a.item_id = i.id)
    ),
    changed as (
        update catalog_items i
        set view_count = t.views, use_count = t.uses, trending_score = t.score
        from targets t
        where i.id = t.id
          and (i.trending_score, i.view_count, i.use_count) is distinct from (t.score, t.views, t.uses)
        returning 1
    )
    select count(*)::integer from changed
$$;
