-- Parley schema, version 3: SIP trunks, outbound routes (number class / prefix -> trunk), inbound routes (DID ->
-- extension). Written in the SQL that PostgreSQL and H2 2.x both run; sequences step by their entity's allocation
-- size and start at it (see V1).

CREATE SEQUENCE trunk_seq START WITH 10 INCREMENT BY 10;

-- A carrier's SIP proxy. The password is needed in clear for the carrier's digest challenges, so it is stored sealed
-- (AES-256-GCM under PARLEY_SECRET_KEY or PARLEY_DATA_DIR/secret.key), never in clear and never hashed.
CREATE TABLE trunk (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    name                  VARCHAR(32)   NOT NULL,
    host                  VARCHAR(253)  NOT NULL,
    port                  INTEGER       NOT NULL,
    transport             VARCHAR(8)    NOT NULL,
    username              VARCHAR(64),
    password_sealed       VARCHAR(512),
    caller_id_number      VARCHAR(16),
    registration_enabled  BOOLEAN       NOT NULL,
    registration_expires  INTEGER       NOT NULL,
    -- IPv4/IPv6 addresses and CIDR blocks, separated by single spaces
    allowed_sources       VARCHAR(2048) NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT trunk_name_unique UNIQUE (name),
    CONSTRAINT trunk_port_range CHECK (port BETWEEN 1 AND 65535),
    CONSTRAINT trunk_transport_known CHECK (transport IN ('UDP', 'TCP')),
    CONSTRAINT trunk_password_needs_username CHECK (password_sealed IS NULL OR username IS NOT NULL)
);

CREATE SEQUENCE outbound_route_seq START WITH 10 INCREMENT BY 10;

-- Numbers of a class (and optionally an E.164 prefix) leave through a trunk; lowest priority first, then name.
-- A trunk cannot be deleted while a route uses it.
CREATE TABLE outbound_route (
    id            BIGINT       NOT NULL PRIMARY KEY,
    name          VARCHAR(32)  NOT NULL,
    priority      INTEGER      NOT NULL,
    number_class  VARCHAR(16)  NOT NULL,
    prefix        VARCHAR(16),
    trunk_name    VARCHAR(32)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT outbound_route_name_unique UNIQUE (name),
    CONSTRAINT outbound_route_class_known CHECK (number_class IN ('ANY', 'NATIONAL', 'INTERNATIONAL', 'EMERGENCY')),
    CONSTRAINT outbound_route_trunk FOREIGN KEY (trunk_name) REFERENCES trunk (name)
);

CREATE INDEX outbound_route_trunk_name ON outbound_route (trunk_name);

CREATE SEQUENCE inbound_route_seq START WITH 10 INCREMENT BY 10;

-- Calls from a trunk to a DID (E.164) ring an extension. No foreign key to extension: deleting an extension leaves
-- its DIDs routed nowhere (answered 404) until they are pointed elsewhere.
CREATE TABLE inbound_route (
    id                BIGINT       NOT NULL PRIMARY KEY,
    did               VARCHAR(16)  NOT NULL,
    extension_number  VARCHAR(32)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT inbound_route_did_unique UNIQUE (did)
);
