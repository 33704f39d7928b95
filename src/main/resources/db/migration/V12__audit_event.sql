-- Who did what to accounts, agencies and the report workflow. Written in the same transaction as the change
-- itself (AuditLog requires one), so a change is never without its record and a rolled-back change leaves none.
-- agency_id is the agency the target belongs to: administrators see the events of their subtree.
-- No foreign keys: the record must outlive what it describes.
CREATE TABLE audit_event (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor     VARCHAR(64)   NOT NULL,
    action    VARCHAR(32)   NOT NULL,
    target    VARCHAR(300)  NOT NULL,
    detail    VARCHAR(2000) NULL,
    agency_id BIGINT        NOT NULL,
    INDEX ix_audit_agency (agency_id, id),
    INDEX ix_audit_actor (actor, id),
    INDEX ix_audit_action (action, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
