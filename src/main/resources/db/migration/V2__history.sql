-- Every save of a report: who, when, why (corrections), and the report as it then was (canonical JSON),
-- so that any two revisions can be compared.
CREATE TABLE report_save (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    revision    INT           NOT NULL,
    saved_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    saved_by    VARCHAR(64)   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    from_status VARCHAR(12)   NULL,
    to_status   VARCHAR(12)   NOT NULL,
    reason      VARCHAR(2000) NULL,
    snapshot    MEDIUMTEXT    NOT NULL,
    CONSTRAINT fk_save_report FOREIGN KEY (report_id) REFERENCES annual_report (id) ON DELETE CASCADE,
    INDEX ix_save_report (report_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each changed cell or text of a save, old and new value as displayed ('' = blank, '/' = not applicable).
CREATE TABLE report_change (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    save_id   BIGINT      NOT NULL,
    field_key VARCHAR(64) NOT NULL,
    old_value MEDIUMTEXT  NULL,
    new_value MEDIUMTEXT  NULL,
    CONSTRAINT fk_change_save FOREIGN KEY (save_id) REFERENCES report_save (id) ON DELETE CASCADE,
    INDEX ix_change_save (save_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
