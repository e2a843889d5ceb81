"""Named schema migrations; each applied one is recorded in the store itself.

Add a migration by appending a (name, script) pair; never edit one that has shipped.
"""

from __future__ import annotations

import sqlite3

# Each migration is (name, SQL script); applied ones are recorded in _migrations.
MIGRATIONS: list[tuple[str, str]] = []


MIGRATIONS.append(("m001_articles_entities", """
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        version TEXT NOT NULL,
        stages TEXT NOT NULL,          -- JSON list of stage names with versions
        added INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,       -- content hash of body and URL
        source TEXT NOT NULL,
        format TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT, encoding TEXT,
        authors TEXT NOT NULL,         -- JSON list
        credits TEXT NOT NULL,         -- JSON list of {name, role}
        captions TEXT NOT NULL,        -- JSON list of {text, credit}
        furniture TEXT NOT NULL,       -- JSON list
        body TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        run_id INTEGER REFERENCES runs(id)
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE sentences (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        cls TEXT NOT NULL,             -- person, org, place, group, event, law, time, number, other
        label TEXT NOT NULL            -- spaCy label of the first mention
    );
    CREATE TABLE entity_aliases (
        cls TEXT NOT NULL,
        key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (cls, key)
    ) WITHOUT ROWID;
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        stands_for TEXT,
        PRIMARY KEY (article_id, start, "end")
    ) WITHOUT ROWID;
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE errors (
        run_id INTEGER REFERENCES runs(id),
        source TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
    END;
    """))


MIGRATIONS.append(("m002_statements_quantities_times", """
    CREATE TABLE statements (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,            -- direct, indirect, mixed, scare
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        cue_start INTEGER, cue_end INTEGER, cue_word TEXT NOT NULL,
        speaker_start INTEGER, speaker_end INTEGER, speaker_name TEXT,
        channel TEXT,
        entity_id INTEGER REFERENCES entities(id),
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX statements_entity ON statements(entity_id);
    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL, unit TEXT, counts TEXT,
        approximate INTEGER NOT NULL,
        PRIMARY KEY (article_id, start, "end")
    ) WITHOUT ROWID;
    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,            -- DATE, TIME, DURATION, SET
        value TEXT, mod TEXT, begin TEXT, end_date TEXT,
        PRIMARY KEY (article_id, start, "end")
    ) WITHOUT ROWID;
    """))


MIGRATIONS.append(("m003_copies_stories", """
    CREATE TABLE copy_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        signature BLOB NOT NULL        -- MinHash, 64 x uint64
    ) WITHOUT ROWID;
    CREATE TABLE copy_buckets (
        key INTEGER NOT NULL,          -- one LSH band of a signature
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX copy_buckets_key ON copy_buckets(key);
    CREATE TABLE reuse (
        a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,  -- stored first
        b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,      -- estimated Jaccard of word 5-grams
        a_share REAL NOT NULL,         -- share of a's words in passages b also has
        b_share REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX reuse_b ON reuse(b);
    CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        story_id INTEGER,              -- always null; same shape as events
        size INTEGER NOT NULL,
        first TEXT, last TEXT,
        centroid TEXT NOT NULL         -- JSON {term: weight}
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        size INTEGER NOT NULL,
        first TEXT, last TEXT,
        centroid TEXT NOT NULL
    );
    CREATE INDEX events_story ON events(story_id);
    CREATE TABLE article_groups (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id),
        event_id INTEGER NOT NULL REFERENCES events(id),
        story_score REAL NOT NULL,
        event_score REAL NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX article_groups_story ON article_groups(story_id);
    CREATE INDEX article_groups_event ON article_groups(event_id);
    CREATE TABLE group_terms (
        term TEXT PRIMARY KEY,
        df INTEGER NOT NULL            -- articles whose grouping vector holds the term
    ) WITHOUT ROWID;
    """))


MIGRATIONS.append(("m004_person_surnames", """
    -- the entity index is read from the store, not held in memory: people by surname
    CREATE TABLE person_surnames (
        surname TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        PRIMARY KEY (surname, entity_id)
    ) WITHOUT ROWID;
    -- the last word of a key: rtrim strips every non-space character back to the last space
    INSERT OR IGNORE INTO person_surnames(surname, entity_id)
        SELECT substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1), entity_id
        FROM entity_aliases WHERE cls = 'person';
"""))


MIGRATIONS.append(("m005_corpus_generation", """
    -- bumped by every article placed, so a writer can tell that another one changed the groups
    CREATE TABLE corpus_state (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO corpus_state(key, value) VALUES ('generation', 0);
"""))


MIGRATIONS.append(("m006_article_date_source", """
    -- where the publication date was read: metadata, date line, dateline, url (null before this migration)
    ALTER TABLE articles ADD COLUMN date_source TEXT;
"""))


MIGRATIONS.append(("m007_statement_speaker_kind", """
    ALTER TABLE statements ADD COLUMN speaker_kind TEXT;  -- person, body, group; null when the words do not tell
    """))


MIGRATIONS.append(("m008_revisable_groups", """
    -- grouping revises recent events: it needs each article's arrival order, days and signature
    ALTER TABLE article_groups ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE article_groups ADD COLUMN days TEXT NOT NULL DEFAULT '';   -- comma-separated ISO days
    UPDATE article_groups SET
        seq = (SELECT rowid FROM articles WHERE articles.id = article_groups.article_id),
        days = coalesce((SELECT substr(published, 1, 10) FROM articles
                         WHERE articles.id = article_groups.article_id AND published GLOB '[0-9][0-9][0-9][0-9]-*'), '');
    ALTER TABLE events ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
    UPDATE events SET last_seq = coalesce((SELECT max(seq) FROM article_groups WHERE event_id = events.id), 0);
    CREATE TABLE group_signatures (
        article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data TEXT NOT NULL             -- JSON of group.signature.Signature
    ) WITHOUT ROWID;
    -- story and event ids are never reused: the next ones are kept beside the generation
    INSERT INTO corpus_state(key, value) VALUES
        ('next_story', (SELECT coalesce(max(id), 0) + 1 FROM stories)),
        ('next_event', (SELECT coalesce(max(id), 0) + 1 FROM events));
"""))


MIGRATIONS.append(("m009_article_problems", """
    -- what went wrong with a stored article: a repair while reading it, or an analysis stage that failed
    CREATE TABLE article_problems (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        stage TEXT NOT NULL,           -- "ingest", or the stage that failed: "times.v1"
        message TEXT NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
"""))


MIGRATIONS.append(("m010_comparison_cache", """
    -- story comparisons once computed (rashomon serve), keyed by a hash of the story's member
    -- articles, the comparison options and the comparing code: a revised story misses the cache
    CREATE TABLE comparison_cache (
        key TEXT PRIMARY KEY,
        story_id INTEGER NOT NULL,
        data TEXT NOT NULL,            -- JSON, as the export's comparison (docs/schema.md)
        created TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX comparison_cache_story ON comparison_cache(story_id);
    -- an article joining, leaving or moving drops the cached comparisons of the stories it touches
    CREATE TRIGGER article_groups_cache_ai AFTER INSERT ON article_groups BEGIN
        DELETE FROM comparison_cache WHERE story_id = new.story_id;
    END;
    CREATE TRIGGER article_groups_cache_au AFTER UPDATE ON article_groups BEGIN
        DELETE FROM comparison_cache WHERE story_id IN (old.story_id, new.story_id);
    END;
    CREATE TRIGGER article_groups_cache_ad AFTER DELETE ON article_groups BEGIN
        DELETE FROM comparison_cache WHERE story_id = old.story_id;
    END;
"""))


MIGRATIONS.append(("m011_generation_surnames", """
    -- a person whose key ends in a generation ("eric h holder jr"; a key folds "III" to "i") is filed under the
    -- surname before it as well, as new ones are: "Eric Holder" then finds him
    INSERT OR IGNORE INTO person_surnames(surname, entity_id)
        SELECT substr(core, length(rtrim(core, replace(core, ' ', ''))) + 1), entity_id
        FROM (SELECT rtrim(rtrim(key, replace(key, ' ', '')), ' ') AS core,
                     substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1) AS last,
                     length(key) - length(replace(key, ' ', '')) AS spaces, entity_id
              FROM entity_aliases WHERE cls = 'person')
        WHERE last IN ('jr', 'sr', 'iv') AND spaces >= 2 OR last = 'i' AND spaces >= 3;
"""))


def apply_migrations(db: sqlite3.Connection) -> list[str]:
    """Apply the ones not yet recorded, each in one transaction; return their names.

    Each is checked again under the write lock, so two processes opening a new
    store at once apply it once. The connection must be in autocommit mode
    (isolation_level=None).
    """
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT DEFAULT CURRENT_TIMESTAMP)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    applied = []
    for name, script in MIGRATIONS:
        if name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            if db.execute("SELECT 1 FROM _migrations WHERE name=?", (name,)).fetchone():
                db.execute("ROLLBACK")  # another process applied it meanwhile
                continue
            for statement in statements(script):
                db.execute(statement)
            db.execute("INSERT INTO _migrations(name) VALUES (?)", (name,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def statements(script: str) -> list[str]:
    """Split a script into statements; a trigger's BEGIN ... END; stays whole."""
    out, current, depth = [], [], 0
    for line in script.splitlines():
        code = line.split("--")[0].strip().upper()
        current.append(line)
        if code.endswith("BEGIN"):
            depth += 1
        if code.startswith("END;"):
            depth -= 1
        if code.endswith(";") and depth == 0:
            out.append("\n".join(current))
            current = []
    return out
