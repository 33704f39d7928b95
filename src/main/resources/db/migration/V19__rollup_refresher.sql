-- Rollups kept by a refresher instead of inside every save (decision 017). A save appends one row here per report
-- it changed (its agency and year): an insert of a fresh key, so concurrent saves never wait on one another's row and
-- never conflict at Galera certification. The refresher recomputes the rollups of every ancestor of the listed
-- agencies for the year from the metrics rows, then deletes exactly the rows it read, so a row appended meanwhile
-- stays for the next run.
CREATE TABLE rollup_dirty (
    id          BIGINT      AUTO_INCREMENT PRIMARY KEY,
    agency_id   BIGINT      NOT NULL,
    report_year SMALLINT    NOT NULL,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    INDEX ix_rollup_dirty_agency (agency_id)
) ENGINE = InnoDB;

-- One row: the refreshers' mutex (every refresh run locks and writes it, so two runs — on one server or on two
-- Galera nodes — never both commit on the same view) and when the last run finished.
CREATE TABLE rollup_refresh (
    id           TINYINT     NOT NULL PRIMARY KEY,
    runs         BIGINT      NOT NULL DEFAULT 0,
    refreshed_at DATETIME(6) NULL
) ENGINE = InnoDB;
INSERT INTO rollup_refresh (id) VALUES (1);
