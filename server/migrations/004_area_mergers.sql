-- 004: the units an area was merged from and when (issue 10: the 2025 reform; Area.formerNames and
-- Area.mergedOn in the contract). A JSON array of names, null for an area that was not merged.
ALTER TABLE areas ADD COLUMN former_names jsonb;
ALTER TABLE areas ADD COLUMN merged_on date;
