-- 002: the import log (issue 9). One row per import command, one per file in it: who, when, the
-- file's name, SHA-256 and size, and its data rows per kind ({"patrols": 1200, …}).
CREATE TABLE imports (
  id bigserial PRIMARY KEY,
  imported_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  imported_by text NOT NULL,
  data_to text NOT NULL,
  rows jsonb NOT NULL
);

CREATE TABLE import_files (
  import_id bigint NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  sha256 text NOT NULL,
  bytes bigint NOT NULL,
  rows jsonb NOT NULL,
  PRIMARY KEY (import_id, position)
);
CREATE INDEX imports_at ON imports (imported_at DESC);
