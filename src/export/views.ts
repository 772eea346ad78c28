import type { Database } from '../neo4j/database.ts';
import { ACTOR_VIEW_COLUMNS, ActorNetworkReader, WEIGHTED_ACTOR_VIEW_COLUMNS } from './actor-network-reader.ts';
import type { ArticleRef, Batch } from './batcher.ts';
import { CLAIM_VIEW_COLUMNS, type ExportColumns } from './model.ts';
import type { Selection } from './selection.ts';
import { SubgraphReader } from './subgraph-reader.ts';

// An export's view decides which reader turns the selected claims into nodes and edges, and which columns the
// writers declare; the formats are the same for every view.

export interface ViewReader {
  readonly articles: Map<string, ArticleRef>;
  read(emit: (batch: Batch) => Promise<void>): Promise<void>;
}

export function viewReader(db: Database, selection: Selection): ViewReader {
  return selection.view === 'actors'
    ? new ActorNetworkReader(db, selection, selection.weighted)
    : new SubgraphReader(db, selection);
}

export function viewColumns(selection: Selection): ExportColumns {
  if (selection.view === 'claims') return CLAIM_VIEW_COLUMNS;
  return selection.weighted ? WEIGHTED_ACTOR_VIEW_COLUMNS : ACTOR_VIEW_COLUMNS;
}
