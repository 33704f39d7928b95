-- An agency reports from a year on: one added today is not overdue for the years before it existed.
-- NULL: it has always reported (every agency created before this column).
ALTER TABLE agency ADD COLUMN reports_from SMALLINT NULL;

-- Per subtree, how many of its reporting agencies start in a given year, so that "expected to report in Y"
-- stays a key lookup: agency_subtree_size minus those starting after Y. Agencies without a start year are
-- not listed here, so the table stays as small as the number of agencies added since.
CREATE TABLE agency_subtree_start (
    agency_id  BIGINT   NOT NULL,
    first_year SMALLINT NOT NULL,
    agencies   INT      NOT NULL,
    PRIMARY KEY (agency_id, first_year),
    CONSTRAINT fk_subtree_start_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
