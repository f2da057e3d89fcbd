-- The document read model knows each document's version (the sequence number of its last event), so that an
-- edit form can carry it and a save from a page that is out of date is refused instead of overwriting.
-- Rows projected before this column existed take it from the event store; a replay sets the same values.
alter table document_view add column version bigint not null default 0;

update document_view d
   set version = (select max(e.sequence_number) from domain_event_entry e
                   where e.aggregate_identifier = d.document_id::text)
 where exists (select 1 from domain_event_entry e where e.aggregate_identifier = d.document_id::text);

