-- Dashboard scopes (已公开 / 已审核 / 全部): the rollup keeps its sums per bucket of reports, and a scope is the sum
-- of a few buckets at read time, so every dashboard figure stays a key lookup (decision 015).
--
-- A report has its current metrics row (prior = FALSE, in the bucket of its status) and, while a published report is
-- being corrected, a second row with the figures of its published revision (prior = TRUE): that revision is what the
-- public still reads, so the published and reviewed scopes count it until the correction is published. The prior
-- row's status follows the correction's, so its bucket tells whether the correction is approved (then the approved
-- correction replaces it in the reviewed scope).
ALTER TABLE report_metrics
    ADD COLUMN prior BOOLEAN NOT NULL DEFAULT FALSE AFTER report_id,
    ADD COLUMN bucket VARCHAR(20) AS (CASE WHEN NOT prior THEN status
        WHEN status = 'APPROVED' THEN 'PUBLISHED_SUPERSEDED' ELSE 'PUBLISHED_PRIOR' END) PERSISTENT AFTER status,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (report_id, prior);

-- Rebuilt from the metrics rows at start-up (MetricsRepair), which also writes the prior rows of reports being
-- corrected from their history.
DELETE FROM metrics_rollup;
ALTER TABLE metrics_rollup
    ADD COLUMN bucket VARCHAR(20) NOT NULL AFTER report_year,
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (ancestor_id, report_year, bucket);

-- Reports under correction are found at start-up without reading every metrics row.
ALTER TABLE report_metrics ADD INDEX ix_metrics_correcting (correcting);
