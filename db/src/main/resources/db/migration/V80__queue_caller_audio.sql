-- What a queue's waiting caller hears (docs/queues.md, "What a caller hears"): the music-on-hold class, an optional
-- sound played on entering, whether position and estimated wait are announced and how often (0: never), and what is
-- heard while an agent rings (MUSIC, or RINGBACK: Asterisk's r option). Existing queues get music of class default.
ALTER TABLE call_queue ADD COLUMN music_class VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE call_queue ADD COLUMN entry_announcement VARCHAR(64);
ALTER TABLE call_queue ADD COLUMN announce_position BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE call_queue ADD COLUMN announce_hold_time BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE call_queue ADD COLUMN announce_frequency_seconds INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE call_queue ADD COLUMN ringing_mode VARCHAR(16) DEFAULT 'MUSIC' NOT NULL;
ALTER TABLE call_queue ADD CONSTRAINT call_queue_ringing_mode_known CHECK (ringing_mode IN ('MUSIC', 'RINGBACK'));
