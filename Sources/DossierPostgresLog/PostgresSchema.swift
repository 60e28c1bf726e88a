/// The database schema of the PostgreSQL log, as numbered migrations (`dossier migrate`).
///
/// A migration is applied once, in a transaction, under an advisory lock; `dossier_schema` records
/// which versions were applied. Statements are plain SQL so that an operator can read exactly what
/// `dossier migrate` does (`dossier migrate --print`).
public enum PostgresSchema {
    /// One step of the schema.
    public struct Migration: Sendable {
        public var version: Int
        public var summary: String
        public var statements: [String]
    }

    /// The schema version this build reads and writes.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// The key of the advisory lock `dossier migrate` holds (any constant; "dossier" in ASCII).
    static let migrationLock: Int64 = 0x646F_7373_6965_72

    static let versionTable = """
        CREATE TABLE IF NOT EXISTS dossier_schema (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """

    /// Every migration, in order.
    public static let migrations: [Migration] = [
        Migration(
            version: 1,
            summary: "the records table and the head row",
            statements: [
                """
                CREATE TABLE dossier_records (
                    seq bigint PRIMARY KEY CHECK (seq > 0),
                    prev text NOT NULL,
                    hash text NOT NULL UNIQUE,
                    report text UNIQUE,
                    kind text NOT NULL CHECK (kind IN ('ingested', 'rejected', 'other')),
                    event_count integer NOT NULL,
                    ts text NOT NULL,
                    line text NOT NULL
                )
                """,
                """
                COMMENT ON TABLE dossier_records IS
                'Dossier event log: one row a record (one report''s events), seq without gaps; line is the record exactly as the file log writes it (events, event hashes, chain hash, CRC-32C).'
                """,
                """
                CREATE TABLE dossier_head (
                    id smallint PRIMARY KEY CHECK (id = 1),
                    seq bigint NOT NULL,
                    hash text NOT NULL
                )
                """,
                """
                INSERT INTO dossier_head (id, seq, hash)
                VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000')
                """,
            ]
        )
    ]
}
