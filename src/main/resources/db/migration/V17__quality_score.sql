-- The quality score (0–100, report.QualityScore, docs/quality.md) of each metrics row, and its sum per rollup row, so
-- that lists sort by it and the comparison ranks subtrees by their average score. Existing rows are scored at
-- start-up (MetricsRepair), which needs the validator.
ALTER TABLE report_metrics ADD COLUMN quality_score TINYINT NULL AFTER correcting;
ALTER TABLE metrics_rollup ADD COLUMN quality_points BIGINT NOT NULL DEFAULT 0 AFTER corrections_open;
ALTER TABLE report_metrics ADD INDEX ix_metrics_quality (quality_score);
