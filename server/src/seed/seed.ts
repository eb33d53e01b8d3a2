// Loads a data set of the seeded generator (mocks/generator) into a migrated database.
import type { SizeOption } from '../../../mocks/generator/types';
import type { Db } from '../db/db';

export interface SeedOptions {
  size?: SizeOption;
  seed?: number;
  /** Last month of the history "YYYY-MM"; default: the last complete month before today. */
  asOf?: string;
  log?: (message: string) => void;
}

export interface SeedSummary {
  areas: number;
  groups: number;
  patrols: number;
  mediationCases: number;
  dataFrom: string;
  dataTo: string;
  milliseconds: number;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  void db;
  void options;
  throw new Error('seed is not implemented yet');
}
