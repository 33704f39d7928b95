-- No two agencies of the same name under one parent, enforced by the database so that two concurrent adds
-- cannot both succeed (the check in AgencyAdminService alone could not stop that). A UNIQUE index treats NULLs
-- as distinct, so roots (parent_id NULL) get parent_key 0 (ids start at 1) through a stored generated column.
ALTER TABLE agency
    ADD COLUMN parent_key BIGINT AS (COALESCE(parent_id, 0)) STORED,
    ADD CONSTRAINT uq_agency_parent_name UNIQUE (parent_key, name);
