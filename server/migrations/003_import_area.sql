-- 003: the importer's scope on each import log entry (issue 9, POST /imports). area_id is the area
-- the importer could write (an editor's area); null: the whole data set (the CLI, a national
-- account). GET /imports shows an entry only to callers whose subtree holds that area. Not a
-- foreign key: an areas import may replace the tree, and the log outlives the areas it names.
ALTER TABLE imports ADD COLUMN area_id text;
