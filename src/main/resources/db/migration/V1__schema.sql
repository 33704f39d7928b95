-- Agencies form a hierarchy (region → agency → sub-unit); the closure table answers subtree queries.
CREATE TABLE agency (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    depth       INT          NOT NULL,
    sort_order  INT          NOT NULL DEFAULT 0,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id),
    INDEX ix_agency_parent (parent_id, sort_order),
    INDEX ix_agency_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_closure (
    ancestor_id   BIGINT NOT NULL,
    descendant_id BIGINT NOT NULL,
    distance      INT    NOT NULL,
    PRIMARY KEY (ancestor_id, descendant_id),
    INDEX ix_closure_descendant (descendant_id, ancestor_id),
    CONSTRAINT fk_closure_ancestor FOREIGN KEY (ancestor_id) REFERENCES agency (id),
    CONSTRAINT fk_closure_descendant FOREIGN KEY (descendant_id) REFERENCES agency (id)
) ENGINE = InnoDB;

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    agency_id     BIGINT       NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_name UNIQUE (username),
    CONSTRAINT fk_user_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One report per agency and year. Narrative parts 一、五、六 are stored as text.
CREATE TABLE annual_report (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agency_id       BIGINT        NOT NULL,
    report_year     SMALLINT      NOT NULL,
    edition         VARCHAR(4)    NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    printed_agency  VARCHAR(200)  NULL,
    overview        MEDIUMTEXT    NULL,
    problems        MEDIUMTEXT    NULL,
    other_matters   MEDIUMTEXT    NULL,
    published_on    DATE          NULL,
    return_reason   VARCHAR(2000) NULL,
    revision        INT           NOT NULL DEFAULT 1,
    version         BIGINT        NOT NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by      VARCHAR(64)   NULL,
    CONSTRAINT uq_report_agency_year UNIQUE (agency_id, report_year),
    CONSTRAINT fk_report_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_report_year_status (report_year, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Figures keyed by template cell key. state: N = number, A = not applicable; no row = blank.
CREATE TABLE report_cell (
    report_id BIGINT        NOT NULL,
    cell_key  VARCHAR(64)   NOT NULL,
    state     CHAR(1)       NOT NULL,
    num       DECIMAL(20, 6) NULL,
    raw       VARCHAR(64)   NULL,
    PRIMARY KEY (report_id, cell_key),
    CONSTRAINT fk_cell_report FOREIGN KEY (report_id) REFERENCES annual_report (id) ON DELETE CASCADE,
    CONSTRAINT ck_cell_state CHECK (state IN ('N', 'A')),
    CONSTRAINT ck_cell_num CHECK ((state = 'N') = (num IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Read model: one row per report, written in the same transaction as every save.
-- Columns are named after template cell keys (dots → underscores); NULL = blank, n/a or not in the edition.
-- ReportMetricsCatalog lists the same columns; a test keeps the two in step.
CREATE TABLE report_metrics (
    report_id      BIGINT      NOT NULL PRIMARY KEY,
    agency_id      BIGINT      NOT NULL,
    report_year    SMALLINT    NOT NULL,
    edition        VARCHAR(4)  NOT NULL,
    status         VARCHAR(12) NOT NULL,
    error_count    INT         NOT NULL,
    warning_count  INT         NOT NULL,
    s2_procurement_count  BIGINT NULL,
    s2_procurement_amount DECIMAL(20, 6) NULL,
    s3_new_received_natural_person  BIGINT NULL,
    s3_new_received_commercial      BIGINT NULL,
    s3_new_received_research        BIGINT NULL,
    s3_new_received_public_interest BIGINT NULL,
    s3_new_received_legal_service   BIGINT NULL,
    s3_new_received_other_org       BIGINT NULL,
    s3_new_received_total           BIGINT NULL,
    s3_carried_over_total           BIGINT NULL,
    s3_granted_total                BIGINT NULL,
    s3_partially_granted_total      BIGINT NULL,
    s3_denied_state_secret_total    BIGINT NULL,
    s3_denied_law_forbidden_total   BIGINT NULL,
    s3_denied_three_security_one_stability_total BIGINT NULL,
    s3_denied_third_party_rights_total BIGINT NULL,
    s3_denied_internal_affairs_total   BIGINT NULL,
    s3_denied_process_info_total       BIGINT NULL,
    s3_denied_enforcement_file_total   BIGINT NULL,
    s3_denied_admin_query_total        BIGINT NULL,
    s3_unable_not_held_total           BIGINT NULL,
    s3_unable_needs_creation_total     BIGINT NULL,
    s3_unable_unclear_after_correction_total BIGINT NULL,
    s3_not_processed_petition_complaint_total BIGINT NULL,
    s3_not_processed_repeat_total      BIGINT NULL,
    s3_not_processed_publication_total BIGINT NULL,
    s3_not_processed_excessive_total   BIGINT NULL,
    s3_not_processed_confirm_reissue_total BIGINT NULL,
    s3_other_single_total              BIGINT NULL,
    s3_other_overdue_correction_total  BIGINT NULL,
    s3_other_overdue_fee_total         BIGINT NULL,
    s3_other_misc_total                BIGINT NULL,
    s3_total_processed_total           BIGINT NULL,
    s3_carried_forward_total           BIGINT NULL,
    s4_review_upheld     BIGINT NULL,
    s4_review_corrected  BIGINT NULL,
    s4_review_other      BIGINT NULL,
    s4_review_pending    BIGINT NULL,
    s4_review_total      BIGINT NULL,
    s4_litigation_direct_upheld    BIGINT NULL,
    s4_litigation_direct_corrected BIGINT NULL,
    s4_litigation_direct_other     BIGINT NULL,
    s4_litigation_direct_pending   BIGINT NULL,
    s4_litigation_direct_total     BIGINT NULL,
    s4_litigation_after_review_upheld    BIGINT NULL,
    s4_litigation_after_review_corrected BIGINT NULL,
    s4_litigation_after_review_other     BIGINT NULL,
    s4_litigation_after_review_pending   BIGINT NULL,
    s4_litigation_after_review_total     BIGINT NULL,
    CONSTRAINT fk_metrics_report FOREIGN KEY (report_id) REFERENCES annual_report (id) ON DELETE CASCADE,
    INDEX ix_metrics_year_agency (report_year, agency_id),
    INDEX ix_metrics_agency_year (agency_id, report_year)
) ENGINE = InnoDB;
