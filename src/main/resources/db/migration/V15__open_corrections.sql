-- A published report being corrected is still published for the submission tracker: its metrics row says it
-- is a correction, and the rollup counts the corrections not yet resubmitted, so "not submitted" stays a key
-- lookup and agrees with the tracker's list.
ALTER TABLE report_metrics ADD COLUMN correcting BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE metrics_rollup ADD COLUMN corrections_open INT NOT NULL DEFAULT 0;

UPDATE report_metrics m JOIN annual_report r ON r.id = m.report_id
SET m.correcting = (r.revision > 1 AND r.status <> 'PUBLISHED');

UPDATE metrics_rollup x JOIN (
    SELECT c.ancestor_id, m.report_year, SUM(m.correcting AND m.status IN ('DRAFT', 'RETURNED')) AS n
    FROM report_metrics m JOIN agency_closure c ON c.descendant_id = m.agency_id
    GROUP BY c.ancestor_id, m.report_year) s ON s.ancestor_id = x.ancestor_id AND s.report_year = x.report_year
SET x.corrections_open = s.n;
