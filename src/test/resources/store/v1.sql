-- A history as the first released viva wrote it (schema version 1), with two sessions and three attempts.
CREATE TABLE session (
    id         INTEGER PRIMARY KEY,
    mode       TEXT    NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at   INTEGER,
    filters    TEXT    NOT NULL,
    seed       INTEGER
);
CREATE TABLE attempt (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session(id),
    mode        TEXT    NOT NULL,
    question_id TEXT    NOT NULL,
    bank        TEXT    NOT NULL,
    text_hash   TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    tags        TEXT    NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_at    INTEGER NOT NULL,
    taken_ms    INTEGER NOT NULL,
    budget_ms   INTEGER NOT NULL,
    hints_used  INTEGER NOT NULL,
    answer      TEXT    NOT NULL,
    points      TEXT,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4)
);
INSERT INTO session VALUES (1, 'drill', 1793606400000, 1793606700000, '{"tags":["moe"]}', 7);
INSERT INTO session VALUES (2, 'drill', 1793692800000, NULL, '{}', 8);
INSERT INTO attempt VALUES (1, 1, 'drill', 'moe-collapse', 'questions/moe.yaml', 'aaaa', 'en', '["moe"]',
    1793606400000, 1793606495000, 95000, 90000, 1, 'experts collapse', '[true,false]', 2);
INSERT INTO attempt VALUES (2, 1, 'drill', 'lora-init', 'questions/fine-tuning.yaml', 'bbbb', 'zh', '["fine-tuning","lora"]',
    1793606500000, 1793606560000, 60000, 120000, 0, 'B 为零', '[true,true,false]', 3);
INSERT INTO attempt VALUES (3, 2, 'drill', 'lora-init', 'questions/fine-tuning.yaml', 'bbbb', 'en', '["fine-tuning","lora"]',
    1793692800000, 1793692900000, 100000, 120000, 0, '', NULL, 4);
PRAGMA application_id = 1986623073; -- "viva"
PRAGMA user_version = 1;
