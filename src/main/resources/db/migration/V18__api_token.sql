-- Open-data API tokens (opendata.ApiTokenService): issued and revoked by administrators, scoped like users (an agency
-- subtree) and by which reports they may read (report_scope: PUBLISHED, REVIEWED or ALL). Only a hash of the token is
-- kept; the token itself is shown once, when it is issued.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    agency_id    BIGINT       NOT NULL,
    report_scope VARCHAR(12)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP    NULL,
    revoked_at   TIMESTAMP    NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB;
