"""The PostgreSQL schema: the same named migrations as ``migrations.py``, in PostgreSQL's dialect.

Names match the SQLite list one for one, so a store records the same history
whichever engine holds it; add a migration to both lists together.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = []

MIGRATIONS.append(("m001_articles_entities", """
    CREATE TABLE runs (
        id BIGSERIAL PRIMARY KEY,
        started TEXT NOT NULL, finished TEXT, version TEXT NOT NULL, stages TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        rowid BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL, format TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT, encoding TEXT,
        authors TEXT NOT NULL, credits TEXT NOT NULL, captions TEXT NOT NULL, furniture TEXT NOT NULL,
        body TEXT NOT NULL, word_count INTEGER NOT NULL,
        run_id BIGINT REFERENCES runs(id),
        search TSVECTOR                -- accent-folded title (weight A) and body (B), written with the article
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_search ON articles USING GIN (search);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
    CREATE TABLE entities (id BIGINT PRIMARY KEY, name TEXT NOT NULL, cls TEXT NOT NULL, label TEXT NOT NULL);
    CREATE TABLE entity_aliases (
        cls TEXT NOT NULL, key TEXT NOT NULL, entity_id BIGINT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (cls, key)
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, label TEXT NOT NULL,
        entity_id BIGINT NOT NULL REFERENCES entities(id), stands_for TEXT,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE errors (run_id BIGINT REFERENCES runs(id), source TEXT NOT NULL, message TEXT NOT NULL);
    -- SQLite's json_group_array, so that the shared queries run unchanged: a JSON list as text
    CREATE FUNCTION json_text(text[]) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT array_to_json($1)::text';
    CREATE AGGREGATE json_group_array(text) (SFUNC = array_append, STYPE = text[], FINALFUNC = json_text, INITCOND = '{}');
"""))

MIGRATIONS.append(("m002_statements_quantities_times", """
    CREATE TABLE statements (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, kind TEXT NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
        cue_start INTEGER, cue_end INTEGER, cue_word TEXT NOT NULL,
        speaker_start INTEGER, speaker_end INTEGER, speaker_name TEXT, channel TEXT,
        entity_id BIGINT REFERENCES entities(id),
        PRIMARY KEY (article_id, idx)
    );
    CREATE INDEX statements_entity ON statements(entity_id);
    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        value DOUBLE PRECISION, unit TEXT, counts TEXT, approximate INTEGER NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    );
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
        value TEXT, mod TEXT, begin TEXT, end_date TEXT,
        PRIMARY KEY (article_id, start, "end")
    );
"""))

MIGRATIONS.append(("m003_copies_stories", """
    CREATE TABLE copy_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BYTEA NOT NULL
    );
    CREATE TABLE copy_buckets (key BIGINT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
    CREATE INDEX copy_buckets_key ON copy_buckets(key);
    CREATE TABLE reuse (
        a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity DOUBLE PRECISION NOT NULL, a_share DOUBLE PRECISION NOT NULL, b_share DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (a, b)
    );
    CREATE INDEX reuse_b ON reuse(b);
    CREATE TABLE stories (
        id BIGINT PRIMARY KEY, story_id BIGINT, size INTEGER NOT NULL, first TEXT, last TEXT, centroid TEXT NOT NULL
    );
    CREATE TABLE events (
        id BIGINT PRIMARY KEY, story_id BIGINT NOT NULL REFERENCES stories(id), size INTEGER NOT NULL,
        first TEXT, last TEXT, centroid TEXT NOT NULL
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE article_groups (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id BIGINT NOT NULL REFERENCES stories(id), event_id BIGINT NOT NULL REFERENCES events(id),
        story_score DOUBLE PRECISION NOT NULL, event_score DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX article_groups_story ON article_groups(story_id);
    CREATE INDEX article_groups_event ON article_groups(event_id);
    CREATE TABLE group_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
"""))

MIGRATIONS.append(("m004_person_surnames", """
    CREATE TABLE person_surnames (
        surname TEXT NOT NULL, entity_id BIGINT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (surname, entity_id)
    );
"""))

MIGRATIONS.append(("m005_corpus_generation", """
    CREATE TABLE corpus_state (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
    INSERT INTO corpus_state(key, value) VALUES ('generation', 0);
"""))

MIGRATIONS.append(("m006_article_date_source", """
    ALTER TABLE articles ADD COLUMN date_source TEXT;
"""))

MIGRATIONS.append(("m007_statement_speaker_kind", """
    ALTER TABLE statements ADD COLUMN speaker_kind TEXT;
"""))

MIGRATIONS.append(("m008_revisable_groups", """
    ALTER TABLE article_groups ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE article_groups ADD COLUMN days TEXT NOT NULL DEFAULT '';
    UPDATE article_groups g SET seq = a.rowid,
        days = CASE WHEN a.published ~ '^[0-9]{4}-' THEN substr(a.published, 1, 10) ELSE '' END
        FROM articles a WHERE a.id = g.article_id;
    ALTER TABLE events ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
    UPDATE events e SET last_seq = coalesce((SELECT max(seq) FROM article_groups WHERE event_id = e.id), 0);
    CREATE TABLE group_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL
    );
    INSERT INTO corpus_state(key, value) VALUES
        ('next_story', (SELECT coalesce(max(id), 0) + 1 FROM stories)),
        ('next_event', (SELECT coalesce(max(id), 0) + 1 FROM events));
"""))

MIGRATIONS.append(("m009_article_problems", """
    CREATE TABLE article_problems (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    );
"""))

MIGRATIONS.append(("m010_comparison_cache", """
    CREATE TABLE comparison_cache (
        key TEXT PRIMARY KEY, story_id BIGINT NOT NULL, data TEXT NOT NULL, created TEXT NOT NULL
    );
    CREATE INDEX comparison_cache_story ON comparison_cache(story_id);
    CREATE FUNCTION drop_cached_comparisons() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN DELETE FROM comparison_cache WHERE story_id = OLD.story_id; END IF;
        IF TG_OP <> 'DELETE' THEN DELETE FROM comparison_cache WHERE story_id = NEW.story_id; END IF;
        RETURN NULL;
    END $$;
    CREATE TRIGGER article_groups_cache AFTER INSERT OR UPDATE OR DELETE ON article_groups
        FOR EACH ROW EXECUTE FUNCTION drop_cached_comparisons();
"""))

MIGRATIONS.append(("m011_generation_surnames", """
    INSERT INTO person_surnames(surname, entity_id)
        SELECT DISTINCT regexp_replace(core, '^.* ', ''), entity_id
        FROM (SELECT regexp_replace(key, ' [^ ]+$', '') AS core, regexp_replace(key, '^.* ', '') AS last,
                     array_length(string_to_array(key, ' '), 1) AS words, entity_id
              FROM entity_aliases WHERE cls = 'person') AS people
        WHERE last IN ('jr', 'sr', 'iv') AND words >= 3 OR last = 'i' AND words >= 4
        ON CONFLICT DO NOTHING;
"""))
