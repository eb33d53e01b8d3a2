// The area tree and the meta row, held in memory: every request needs them (scope checks, default
// months) and they change only when a data set is loaded. meta.loaded_at is re-read at most once
// per `ttlMs`; when it differs, the tree is read again, so a new seed shows within a second.
import { nameRanks } from '../../../src/lib/collation';
import type { Db } from '../db/db';
import { ApiProblem } from './problem';
import type { AreaRow, MetaRow } from './scope';

export const AREA_SELECT = `pre, id, name, level, level_rank, parent_id, population, households,
  residential_areas, cameras, sub_end, ward_start, ward_end, former_names, to_char(merged_on, 'YYYY-MM-DD') AS merged_on`;

export class Snapshot {
  readonly byId: ReadonlyMap<string, AreaRow>;
  /** Encoded /areas answers by root pre (the tree is big nationally; built once per load). */
  readonly areasJson = new Map<number, Buffer>();
  private wardNames: Int32Array | undefined;

  constructor(
    readonly meta: MetaWithLoad | null,
    /** The whole tree in pre-order: areas[pre]. */
    readonly areas: readonly AreaRow[],
  ) {
    this.byId = new Map(areas.map((a) => [a.id, a]));
  }

  /**
   * Rank of each ward's name in Vietnamese collation, indexed by ward_ix: the mock's own ranks (same
   * code), computed once per load because PostgreSQL has no collation that gives this order.
   */
  wardNameRanks(): Int32Array {
    if (!this.wardNames) {
      const wards = this.areas.filter((a) => a.level === 'ward');
      const ranks = nameRanks(wards.map((a) => a.name));
      this.wardNames = new Int32Array(wards.length);
      wards.forEach((a, i) => ((this.wardNames as Int32Array)[a.ward_start] = ranks[i] ?? 0));
    }
    return this.wardNames;
  }

  /** The meta row, or 503 while the database holds no data set. */
  requireMeta(): MetaWithLoad {
    if (!this.meta) throw new ApiProblem(503, 'Service Unavailable', 'The database holds no data set yet');
    return this.meta;
  }
}

export interface MetaWithLoad extends MetaRow {
  /** Changes with every load: the key of everything cached from this snapshot. */
  loaded_at: string;
}

export class DataCache {
  private snapshot: Promise<Snapshot> | undefined;
  private checkedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly ttlMs = 1000,
  ) {}

  get(): Promise<Snapshot> {
    const now = Date.now();
    if (this.snapshot && now - this.checkedAt < this.ttlMs) return this.snapshot;
    this.checkedAt = now;
    const previous = this.snapshot;
    const next = this.load(previous);
    this.snapshot = next;
    // A failed read is not cached: the next request tries again.
    next.catch(() => {
      if (this.snapshot === next) this.snapshot = undefined;
    });
    return next;
  }

  /** The data changed here (an import): the next get() re-reads meta, not within the ttl. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async load(previous: Promise<Snapshot> | undefined): Promise<Snapshot> {
    const [meta] = await this.db.query<MetaWithLoad>(
      `SELECT data_from, data_to, name, demo, loaded_at::text AS loaded_at,
              to_char(generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS generated_at
         FROM meta`,
    );
    const old = previous ? await previous.catch(() => undefined) : undefined;
    if (old && meta && old.meta?.loaded_at === meta.loaded_at) return old;
    const areas = meta ? await this.db.query<AreaRow>(`SELECT ${AREA_SELECT} FROM areas ORDER BY pre`) : [];
    return new Snapshot(meta ?? null, areas);
  }
}
