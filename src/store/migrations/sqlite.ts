/**
 * SQLite schema, as an ordered list of migrations. Each step runs once, in its own transaction,
 * and is recorded in `schema_migrations`; never edit a released step, append a new one.
 *
 * Times are ISO 8601 text. `published` keeps the string as given; `published_utc` is the same
 * instant normalised by `utcKey()` (fixed-width UTC, so text order is time order) and is what
 * ranges and story first/last comparisons use (for a year or month: its first instant).
 * `published_precision` (`year` | `month` | `day` | `time`) and `published_source` (`metadata` |
 * `url` | `text`) say how precise the date is and where it came from (migration 3).
 */
import type { Migration } from './types.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus: articles, anchors, postings, stories',
    sql: `
CREATE TABLE stories (
  id                  INTEGER PRIMARY KEY,
  articles            INTEGER NOT NULL,
  domains             INTEGER NOT NULL,
  first_published     TEXT,
  first_published_utc TEXT,
  last_published      TEXT,
  last_published_utc  TEXT,
  title               TEXT,
  created_at          TEXT NOT NULL
);
CREATE INDEX stories_by_size ON stories (articles DESC, id);

CREATE TABLE story_domains (
  story_id INTEGER NOT NULL REFERENCES stories (id),
  domain   TEXT NOT NULL,
  PRIMARY KEY (story_id, domain)
) WITHOUT ROWID;

-- Small columns first: the big ones (analysis, text, html) spill into overflow pages.
CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,
  url           TEXT,
  domain        TEXT,
  title         TEXT,
  published     TEXT,
  published_utc TEXT,
  lang          TEXT NOT NULL,
  origin        TEXT,
  anchor_ids    TEXT NOT NULL,
  ingested_at   TEXT NOT NULL,
  story_id      INTEGER REFERENCES stories (id),
  story_score   REAL,
  analysis      TEXT NOT NULL,
  text          TEXT NOT NULL,
  html          TEXT
);
CREATE INDEX articles_by_url ON articles (url) WHERE url IS NOT NULL;
CREATE INDEX articles_by_story ON articles (story_id);
CREATE INDEX articles_by_story_published ON articles (story_id, published_utc);

CREATE TABLE anchors (
  id     INTEGER PRIMARY KEY,
  anchor TEXT NOT NULL UNIQUE,
  df     INTEGER NOT NULL
);

CREATE TABLE postings (
  anchor_id  INTEGER NOT NULL REFERENCES anchors (id),
  article_id INTEGER NOT NULL REFERENCES articles (id),
  PRIMARY KEY (anchor_id, article_id)
) WITHOUT ROWID;

CREATE TABLE article_sources (
  source_lower TEXT NOT NULL,
  article_id   INTEGER NOT NULL REFERENCES articles (id),
  PRIMARY KEY (source_lower, article_id)
) WITHOUT ROWID;
`,
  },
  {
    version: 2,
    name: 'postings of recent articles, merged into postings a slice of anchors at a time',
    // New postings go to the small postings_recent (cheap inserts: it stays in the page cache)
    // and move into postings by anchor-id slices (sqlite.ts, mergeStep), so that a write to the
    // big tree lands on a page many postings share. No foreign keys here: rows are written only
    // by insertArticle, with ids of the same transaction, and moved, never edited.
    sql: `
CREATE TABLE postings_recent (
  anchor_id  INTEGER NOT NULL,
  article_id INTEGER NOT NULL,
  PRIMARY KEY (anchor_id, article_id)
) WITHOUT ROWID;

CREATE TABLE postings_merge (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  next_anchor INTEGER NOT NULL
);
INSERT INTO postings_merge (id, next_anchor) VALUES (1, 0);
`,
  },
  {
    version: 3,
    name: 'articles: precision and source of the publication date',
    // Instant on any size: ADD COLUMN changes the schema only, no row is rewritten (a backfill
    // would rewrite every row with its text and html). Rows stored before hold NULL, read as the
    // published string's own precision and as 'metadata' (common.ts, toArticle). Values are
    // checked by checkNewArticle, not by a CHECK constraint (which would scan every row).
    // The columns sit after html: read them together with the big columns, as ARTICLE_COLUMNS does.
    sql: `
ALTER TABLE articles ADD COLUMN published_precision TEXT;
ALTER TABLE articles ADD COLUMN published_source TEXT;
`,
  },
];
