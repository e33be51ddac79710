-- A reversal (Outcomes: a rejected comment published, a published one rejected) records the status it replaced, so
-- that undoing it puts the comment back where it was; undo sent it back to the queue held, an outcome it never had.
ALTER TABLE decisions ADD COLUMN reverses text CHECK (reverses IN ('published', 'rejected'));
UPDATE decisions d SET reverses = e.details ->> 'from'
FROM audit_events e
WHERE e.action = 'outcome.reversed' AND e.site_id = d.site_id AND e.details ->> 'decision' = d.id::text
  AND e.details ->> 'from' IN ('published', 'rejected');
-- An item's page reads its audit trail by subject (decision:N, item:N, comment:N).
CREATE INDEX audit_site_subject ON audit_events (site_id, subject);
