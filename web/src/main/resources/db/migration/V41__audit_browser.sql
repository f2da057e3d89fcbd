-- The browser a sign-in, sign-out or ended session came from is personal data (sealed in its event): it gets a
-- column of its own, cleared when its person is erased, and is put into the detail line when the trail is read.
alter table audit_entry add column browser text;
-- Rows written before kept it inside the detail text: rebuild the trail from the events.
truncate table audit_entry;
delete from token_entry where processor_name = 'audit-trail';
