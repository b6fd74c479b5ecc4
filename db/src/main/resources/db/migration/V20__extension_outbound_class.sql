-- An extension's outbound calling class: the kinds of numbers it may call directly (comma-separated NumberKind names).
-- Existing extensions get the safe default: no international, no premium-rate.
ALTER TABLE extension ADD COLUMN outbound_class VARCHAR(100) DEFAULT 'INTERNAL,NATIONAL,MOBILE' NOT NULL;
