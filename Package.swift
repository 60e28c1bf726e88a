// swift-tools-version:6.2
import PackageDescription

// The pipeline, one module per stage:
//   inbox/ → watcher → ingest → extract → event log → projector → writers
// `DossierPipeline` wires the stages; `dossier` is a thin command layer over it.
let package = Package(
    name: "dossier",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "dossier", targets: ["dossier"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Facts and log events as value types. No dependencies.
        .target(name: "DossierModel"),
        // Report text → facts. Pure functions, driven by the lexicon.
        .target(
            name: "DossierExtraction",
            dependencies: [
                "DossierModel",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Reading a report safely, hashing it, parsing front matter and structured facts.
        .target(
            name: "DossierIngest",
            dependencies: [
                "DossierModel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The append-only, hash-chained, fsynced event log.
        .target(
            name: "DossierEventLog",
            dependencies: [
                "DossierModel", "CCRC32C", "CSHA256",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The event log on PostgreSQL: one shared history for daemons on several hosts.
        .target(
            name: "DossierPostgresLog",
            dependencies: [
                "DossierModel", "DossierEventLog", "DossierConfig",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Fold events → projection state, and render it. Pure.
        .target(name: "DossierProjection", dependencies: ["DossierModel"]),
        // Writes projection files atomically (temp file, fsync, rename), only when changed.
        .target(
            name: "DossierWriters",
            dependencies: [.product(name: "SystemPackage", package: "swift-system")]
        ),
        // libinotifytools, through a system-library target.
        .systemLibrary(name: "CInotifyTools", providers: [.apt(["libinotifytools0-dev"])]),
        // renameat2(RENAME_NOREPLACE), which Swift's Glibc module does not export.
        .target(name: "CSystemShims"),
        // The CPU's CRC-32C instruction (SSE4.2) for the log's checksums, chosen at run time.
        .target(name: "CCRC32C"),
        // The CPU's SHA-256 instructions (SHA extensions) for the log's event hashes, chosen at run time.
        .target(name: "CSHA256"),
        // Watches the inbox with inotify on one dedicated thread.
        .target(
            name: "DossierWatcher",
            dependencies: ["CInotifyTools", .product(name: "SystemPackage", package: "swift-system")]
        ),
        // `dossier run`: the long-running service (watcher → pipeline → processed/ rejected/), sd_notify.
        .target(
            name: "DossierDaemon",
            dependencies: [
                "DossierWatcher", "DossierPipeline", "DossierConfig", "DossierIngest", "DossierModel",
                "DossierExtraction", "DossierWriters", "CSystemShims",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The daemon configuration (TOML).
        .target(
            name: "DossierConfig",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Wires the stages together: ingest → extract → log → project → write files.
        .target(
            name: "DossierPipeline",
            dependencies: [
                "DossierModel", "DossierExtraction", "DossierIngest", "DossierEventLog",
                "DossierPostgresLog", "DossierProjection", "DossierConfig", "DossierWriters",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "DossierPipeline", "DossierModel", "DossierConfig", "DossierEventLog", "DossierProjection",
                "DossierExtraction", "DossierIngest", "DossierDaemon", "DossierPostgresLog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks, run in release builds: `swift run -c release dossier-bench`.
        .executableTarget(
            name: "dossier-bench",
            dependencies: [
                "DossierModel", "DossierExtraction", "DossierIngest", "DossierEventLog", "DossierProjection",
                "DossierPipeline", "DossierConfig", "DossierPostgresLog",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "DossierModelTests", dependencies: ["DossierModel"]),
        .testTarget(
            name: "DossierExtractionTests",
            dependencies: ["DossierExtraction", "DossierModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DossierIngestTests", dependencies: ["DossierIngest", "DossierModel"]),
        .testTarget(
            name: "DossierEventLogTests",
            dependencies: [
                "DossierEventLog", "DossierModel", "DossierTestSupport", "CCRC32C",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "DossierProjectionTests",
            dependencies: ["DossierProjection", "DossierModel", "DossierTestSupport"]
        ),
        .testTarget(name: "DossierConfigTests", dependencies: ["DossierConfig"]),
        .testTarget(name: "DossierWritersTests", dependencies: ["DossierWriters"]),
        .testTarget(
            name: "DossierPipelineTests",
            dependencies: ["DossierPipeline", "DossierModel", "DossierEventLog", "DossierConfig"]
        ),
        .testTarget(name: "DossierWatcherTests", dependencies: ["DossierWatcher"]),
        .testTarget(name: "DossierDaemonTests", dependencies: ["DossierDaemon"]),
        // Runs the built `dossier` binary as a process on temporary state folders.
        .testTarget(name: "DossierCLITests", dependencies: ["dossier", "DossierTestSupport"]),
        // Fault injection and bad input, against the real binary and the log's storage seam.
        .testTarget(
            name: "DossierDurabilityTests",
            dependencies: ["dossier", "DossierTestSupport", "DossierEventLog", "DossierModel"]
        ),
        // The PostgreSQL log against a real server (the cluster scripts/test.sh starts).
        .testTarget(name: "DossierPostgresTests", dependencies: ["dossier", "DossierTestSupport"]),
        // Runs `dossier` processes on scratch folders (shared by the process-level tests).
        .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
    ],
    swiftLanguageModes: [.v6]
)

// No warnings in our own code: every warning fails the build.
for target in package.targets
where target.type != .system && !["CSystemShims", "CCRC32C", "CSHA256"].contains(target.name) {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
