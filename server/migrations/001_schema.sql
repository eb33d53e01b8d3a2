-- 001: the whole schema of contract v1.1. Text that is compared or sorted is COLLATE "C" (code-point
-- order, what the contract and the mock use), never the server locale, so PostgreSQL and PGlite
-- order identically. Every register row carries ward_ix (its ward in tree order), so an area's rows
-- are one range; the fact and aggregate tables are keyed by ward/area and month so they could be
-- distributed (Citus) by province range without changing the SQL.

-- Folds case and Vietnamese diacritics like foldText in mocks/api/query.ts ("Hòa Bình" → "hoa binh").
CREATE FUNCTION antt_fold(t text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(lower(translate(regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'Đđ', 'dd')), '\s+', ' ', 'g'));

-- The administrative tree in depth-first pre-order: area pre's subtree is pre .. sub_end - 1 and
-- covers the wards ward_start .. ward_end - 1 (a ward's ward_ix is its ward_start).
CREATE TABLE areas (
  pre integer PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  name text COLLATE "C" NOT NULL,
  level text COLLATE "C" NOT NULL CHECK (level IN ('country', 'province', 'district', 'ward')),
  level_rank smallint NOT NULL,
  parent_id text COLLATE "C",
  population integer NOT NULL,
  households integer NOT NULL,
  residential_areas integer NOT NULL,
  cameras integer NOT NULL,
  sub_end integer NOT NULL,
  ward_start integer NOT NULL,
  ward_end integer NOT NULL
);

CREATE TABLE groups (
  id text COLLATE "C" PRIMARY KEY,
  ward_ix integer NOT NULL,
  ward_id text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  name_fold text COLLATE "C" GENERATED ALWAYS AS (antt_fold(name)) STORED,
  type text COLLATE "C" NOT NULL,
  residential_area text COLLATE "C" NOT NULL,
  residential_area_fold text COLLATE "C" GENERATED ALWAYS AS (antt_fold(residential_area)) STORED,
  established_on date NOT NULL,
  members integer NOT NULL,
  leader text COLLATE "C" NOT NULL,
  leader_fold text COLLATE "C" GENERATED ALWAYS AS (antt_fold(leader)) STORED,
  status text COLLATE "C" NOT NULL,
  recognition text COLLATE "C" NOT NULL
);
CREATE INDEX groups_ward ON groups (ward_ix, id);

CREATE TABLE patrols (
  id text COLLATE "C" PRIMARY KEY,
  ward_ix integer NOT NULL,
  ward_id text COLLATE "C" NOT NULL,
  group_id text COLLATE "C" NOT NULL,
  date date NOT NULL,
  shift text COLLATE "C" NOT NULL,
  duration_minutes smallint NOT NULL,
  participants smallint NOT NULL,
  findings smallint NOT NULL,
  note text COLLATE "C" NOT NULL
);
-- The register's default order (newest first) nationwide, by area, and by group.
CREATE INDEX patrols_date ON patrols (date DESC, id);
CREATE INDEX patrols_ward_date ON patrols (ward_ix, date);
CREATE INDEX patrols_group_date ON patrols (group_id, date);

CREATE TABLE mediation_cases (
  id text COLLATE "C" PRIMARY KEY,
  ward_ix integer NOT NULL,
  ward_id text COLLATE "C" NOT NULL,
  group_id text COLLATE "C" NOT NULL,
  category text COLLATE "C" NOT NULL,
  received_on date NOT NULL,
  closed_on date,
  outcome text COLLATE "C" NOT NULL
);
CREATE INDEX mediation_received ON mediation_cases (received_on DESC, id);
CREATE INDEX mediation_ward_received ON mediation_cases (ward_ix, received_on);

-- Per ward and month (mo = year * 12 + month - 1): what the ward reported. inc_* are incidents by
-- category, med_<category>_<outcome> the mediation cases received that month by current outcome.
CREATE TABLE ward_month (
  ward_ix integer NOT NULL,
  mo integer NOT NULL,
  reported boolean NOT NULL,
  inc_public_order integer NOT NULL,
  inc_property integer NOT NULL,
  inc_drugs integer NOT NULL,
  inc_social_evils integer NOT NULL,
  inc_fire integer NOT NULL,
  inc_traffic integer NOT NULL,
  inc_other integer NOT NULL,
  inc_total integer NOT NULL,
  patrols integer NOT NULL,
  night_patrols integer NOT NULL,
  participants integer NOT NULL,
  extra_half_hours integer NOT NULL,
  findings integer NOT NULL,
  med_land_resolved integer NOT NULL,
  med_land_referred integer NOT NULL,
  med_land_unresolved integer NOT NULL,
  med_land_pending integer NOT NULL,
  med_family_resolved integer NOT NULL,
  med_family_referred integer NOT NULL,
  med_family_unresolved integer NOT NULL,
  med_family_pending integer NOT NULL,
  med_neighbour_resolved integer NOT NULL,
  med_neighbour_referred integer NOT NULL,
  med_neighbour_unresolved integer NOT NULL,
  med_neighbour_pending integer NOT NULL,
  med_debt_resolved integer NOT NULL,
  med_debt_referred integer NOT NULL,
  med_debt_unresolved integer NOT NULL,
  med_debt_pending integer NOT NULL,
  med_commercial_resolved integer NOT NULL,
  med_commercial_referred integer NOT NULL,
  med_commercial_unresolved integer NOT NULL,
  med_commercial_pending integer NOT NULL,
  med_other_resolved integer NOT NULL,
  med_other_referred integer NOT NULL,
  med_other_unresolved integer NOT NULL,
  med_other_pending integer NOT NULL,
  PRIMARY KEY (ward_ix, mo)
);

-- The same sums per area (every level) and month, built from ward_month at seed time
-- (src/db/aggregates.ts): every stats row is one indexed row, and register totals come from it.
CREATE TABLE area_month (
  pre integer NOT NULL,
  mo integer NOT NULL,
  area_id text COLLATE "C" NOT NULL,
  level text COLLATE "C" NOT NULL,
  wards integer NOT NULL,
  reported integer NOT NULL,
  inc_public_order integer NOT NULL,
  inc_property integer NOT NULL,
  inc_drugs integer NOT NULL,
  inc_social_evils integer NOT NULL,
  inc_fire integer NOT NULL,
  inc_traffic integer NOT NULL,
  inc_other integer NOT NULL,
  inc_total integer NOT NULL,
  patrols integer NOT NULL,
  night_patrols integer NOT NULL,
  participants integer NOT NULL,
  extra_half_hours integer NOT NULL,
  findings integer NOT NULL,
  med_land_resolved integer NOT NULL,
  med_land_referred integer NOT NULL,
  med_land_unresolved integer NOT NULL,
  med_land_pending integer NOT NULL,
  med_family_resolved integer NOT NULL,
  med_family_referred integer NOT NULL,
  med_family_unresolved integer NOT NULL,
  med_family_pending integer NOT NULL,
  med_neighbour_resolved integer NOT NULL,
  med_neighbour_referred integer NOT NULL,
  med_neighbour_unresolved integer NOT NULL,
  med_neighbour_pending integer NOT NULL,
  med_debt_resolved integer NOT NULL,
  med_debt_referred integer NOT NULL,
  med_debt_unresolved integer NOT NULL,
  med_debt_pending integer NOT NULL,
  med_commercial_resolved integer NOT NULL,
  med_commercial_referred integer NOT NULL,
  med_commercial_unresolved integer NOT NULL,
  med_commercial_pending integer NOT NULL,
  med_other_resolved integer NOT NULL,
  med_other_referred integer NOT NULL,
  med_other_unresolved integer NOT NULL,
  med_other_pending integer NOT NULL,
  PRIMARY KEY (pre, mo)
);
CREATE INDEX area_month_level ON area_month (level, pre, mo);

-- Group snapshot per area: active/inactive groups, members of active groups, active groups by
-- type, residential areas with an active group (summed over wards).
CREATE TABLE area_groups (
  pre integer PRIMARY KEY,
  area_id text COLLATE "C" NOT NULL,
  level text COLLATE "C" NOT NULL,
  active integer NOT NULL,
  inactive integer NOT NULL,
  members integer NOT NULL,
  covered integer NOT NULL,
  type_security_order integer NOT NULL,
  type_fire_prevention integer NOT NULL,
  type_mediation integer NOT NULL,
  type_five_household integer NOT NULL,
  type_people_patrol integer NOT NULL,
  type_drug_free integer NOT NULL,
  type_youth_law_club integer NOT NULL,
  type_veterans integer NOT NULL,
  type_border_marker integer NOT NULL,
  type_market integer NOT NULL,
  type_apartment_building integer NOT NULL,
  type_industrial_zone integer NOT NULL,
  type_other integer NOT NULL
);
CREATE INDEX area_groups_level ON area_groups (level, pre);

-- The one data set the database holds (GET /meta). loaded_at changes with every load: the API
-- keeps the area tree in memory and re-reads it when loaded_at is no longer what it read.
CREATE TABLE meta (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  data_from text NOT NULL,
  data_to text NOT NULL,
  generated_at timestamptz NOT NULL,
  name text,
  demo boolean NOT NULL,
  seed integer,
  size text,
  loaded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
