-- Parley schema, version 60: the sound library's uploads and the music-on-hold classes. Shipped prompts and the
-- shipped music are not rows: they come with the application (ejb resources). Sounds are kept in the database, not
-- in files, so that a database backup holds them, every node of a cluster reads the same ones, and a restart or a
-- new machine loses none (docs/media.md, "Where sounds live").

-- A sound an administrator uploaded, already converted: 8 kHz mono G.711 µ-law samples, one byte each (8 kB a
-- second: a five-minute piece is 2.4 MB). A name that is also a shipped prompt's replaces that prompt while it exists.
CREATE TABLE sound (
    name          VARCHAR(64)   NOT NULL PRIMARY KEY,
    mulaw         BYTEA         NOT NULL,
    sample_count  INTEGER       NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sound_has_samples CHECK (sample_count > 0)
);

-- A music-on-hold class: sounds played one after the other, in the given order or shuffled, looping.
CREATE TABLE music_class (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    play_order  VARCHAR(16)  NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT music_class_order_known CHECK (play_order IN ('SEQUENTIAL', 'RANDOM'))
);

-- The sounds of a class by position. Not a foreign key to sound: a class may name shipped sounds, which are not rows;
-- the service refuses to delete a sound that a class still plays.
CREATE TABLE music_class_sound (
    class_name  VARCHAR(64)  NOT NULL REFERENCES music_class (name) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    sound_name  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (class_name, position)
);

-- The shipped class: the synthesised music that comes with Parley. It can be changed, not deleted.
INSERT INTO music_class (name, play_order, updated_at) VALUES ('default', 'SEQUENTIAL', CURRENT_TIMESTAMP);
INSERT INTO music_class_sound (class_name, position, sound_name) VALUES ('default', 0, 'moh-default');
