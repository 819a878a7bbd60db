-- Lets each API node's in-memory catalog search index (CatalogSearchIndex) follow writes without reloading: every
-- row remembers the transaction that last changed what search shows (content_xid) and, separately, its trending
-- score (trending_xid), so the bulk trending refresh moves only scores. A follower that last read the catalog in
-- snapshot S fetches exactly the rows whose writer S could not see:
--     xid >= pg_snapshot_xmin(S) and not pg_visible_in_snapshot(xid, S)
-- which, unlike a timestamp or a sequence, misses no transaction that committed late with an early number.
alter table catalog_items add column content_xid xid8 not null default '0';
alter table catalog_items add column trending_xid xid8 not null default '0';

create function catalog_items_mark_change() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' or (new.sku, new.kind, new.name, new.description, new.category, new.tags, new.material_text,
                             new.materials, new.colour_families, new.price, new.price_unit, new.price_band, new.stretch,
                             new.status, new.created_at)
                            is distinct from
                            (old.sku, old.kind, old.name, old.description, old.category, old.tags, old.material_text,
                             old.materials, old.colour_families, old.price, old.price_unit, old.price_band, old.stretch,
                             old.status, old.created_at) then
        new.content_xid := pg_current_xact_id();
    end if;
    if tg_op = 'INSERT' or new.trending_score is distinct from old.trending_score then
        new.trending_xid := pg_current_xact_id();
    end if;
    return new;
end $$;

create trigger catalog_items_mark_change
    before insert or update on catalog_items
    for each row execute function catalog_items_mark_change();

create index catalog_items_content_xid_idx on catalog_items (content_xid);
create index catalog_items_trending_xid_idx on catalog_items (trending_xid);

-- Items are not deleted by the application (versions keep them), but a deletion must still leave every index.
-- A null id records a TRUNCATE: followers reload everything.
create table catalog_item_deletions (
    id   uuid,
    xid  xid8 not null default pg_current_xact_id()
);
create index catalog_item_deletions_xid_idx on catalog_item_deletions (xid);

create function catalog_items_record_deletions() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'TRUNCATE' then
        insert into catalog_item_deletions (id) values (null);
    else
        insert into catalog_item_deletions (id) select id from deleted;
    end if;
    return null;
end $$;

create trigger catalog_items_record_deletions
    after delete on catalog_items
    referencing old table as deleted
    for each statement execute function catalog_items_record_deletions();

create trigger catalog_items_record_truncate
    after truncate on catalog_items
    for each statement execute function catalog_items_record_deletions();
