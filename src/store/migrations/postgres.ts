/**
 * PostgreSQL schema, as an ordered list of migrations (same tables and meaning as sqlite.ts).
 * Each step runs once, in its own transaction under an advisory lock, and is recorded in
 * `schema_migrations`; never edit a released step, append a new one.
 *
 * Time columns returned by the API (`published`, `ingested_at`, `created_at`, story first/last)
 * are text holding the ISO string exactly as stored by SQLite; the `*_utc` columns used for
 * ranges and comparisons are timestamptz.
 */
import type { Migration } from './types.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus: articles, anchors, postings, stories',
    sql: `
CREATE TABLE stories (
  id                  bigserial PRIMARY KEY,
  articles            integer NOT NULL,
  domains             integer NOT NULL,
  first_published     text,
  first_published_utc timestamptz,
  last_published      text,
  last_published_utc  timestamptz,
  title               text,
  created_at          text NOT NULL
);
CREATE INDEX stories_by_size ON stories (articles DESC, id);

CREATE TABLE story_domains (
  story_id bigint NOT NULL REFERENCES stories (id),
  domain   text NOT NULL,
  PRIMARY KEY (story_id, domain)
);

CREATE TABLE articles (
  id            bigserial PRIMARY KEY,
  key           text NOT NULL,
  url           text,
  domain        text,
  title         text,
  published     text,
  published_utc timestamptz,
  lang          text NOT NULL,
  origin        text,
  anchor_ids    bigint[] NOT NULL,
  ingested_at   text NOT NULL,
  story_id      bigint REFERENCES stories (id),
  story_score   double precision,
  analysis      jsonb NOT NULL,
  text          text NOT NULL,
  html          text
);
-- Keys and URLs can be longer than a btree entry allows (~2.7 kB): unique on a digest, hash
-- index for URL equality.
CREATE UNIQUE INDEX articles_key ON articles (md5(key));
CREATE INDEX articles_by_url ON articles USING hash (url);
CREATE INDEX articles_by_story ON articles (story_id, id);
CREATE INDEX articles_by_story_published ON articles (story_id, published_utc);

CREATE TABLE anchors (
  id     bigserial PRIMARY KEY,
  anchor text NOT NULL UNIQUE,
  df     integer NOT NULL
);

CREATE TABLE postings (
  anchor_id  bigint NOT NULL REFERENCES anchors (id),
  article_id bigint NOT NULL REFERENCES articles (id),
  PRIMARY KEY (anchor_id, article_id)
);

CREATE TABLE article_sources (
  source_lower text NOT NULL,
  article_id   bigint NOT NULL REFERENCES articles (id),
  PRIMARY KEY (source_lower, article_id)
);
`,
  },
  {
    version: 2,
    name: 'candidates: bounded newest-first posting reads',
    // The planner estimates every posting list at the average length, so for a fresh table
    // (visibility map not yet set) it may read a whole list with a bitmap scan and sort it:
    // unbounded for a frequent anchor. Inside this function bitmap scans are off, which leaves
    // the backward scan of (anchor_id, article_id) that stops after p_limit rows.
    sql: `
CREATE FUNCTION sift_newest_postings(p_anchor_id bigint, p_limit integer) RETURNS SETOF bigint
LANGUAGE sql STABLE
SET enable_bitmapscan = off
AS $$ SELECT article_id FROM postings WHERE anchor_id = p_anchor_id ORDER BY article_id DESC LIMIT p_limit $$;
`,
  },
  {
    version: 3,
    name: 'articles: precision and source of the publication date',
    // Nullable columns without a default: a catalogue change, no table rewrite. Rows stored
    // before hold NULL, read as the published string's own precision and as 'metadata'.
    sql: `
ALTER TABLE articles ADD COLUMN published_precision text, ADD COLUMN published_source text;
`,
  },
];
