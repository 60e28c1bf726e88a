import Foundation

#if canImport(Glibc)
import Glibc
#endif

// Helpers shared by the tests that run the built `dossier` binary as a process.

/// Runs the built `dossier` binary as a process.
public struct DossierProcess {
    public static let binary: String = {
        if let explicit = ProcessInfo.processInfo.environment["DOSSIER_BIN"] { return explicit }
        // The test bundle lives in the same build folder as the executable.
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("dossier").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return ".build/debug/dossier"
    }()

    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DOSSIER_CONFIG")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }
}

public final class Scratch {
    public let path: String
    public init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
}

/// A `dossier run` process on a temporary state folder.
public final class RunningDaemon {
    public let scratch = Scratch()
    let process = Process()
    public let logFile: String
    public var state: String { scratch.path + "/var" }
    public var inbox: String { state + "/inbox" }

    /// A command to run the daemon under (`setpriv …`), if any.
    let prefix: [String]

    public init(
        arguments: [String] = [],
        environment: [String: String] = [:],
        prefix: [String] = [],
        preparing: ((String) throws -> Void)? = nil
    ) throws {
        self.prefix = prefix
        logFile = scratch.path + "/daemon.log"
        try FileManager.default.createDirectory(atPath: scratch.path + "/var/inbox", withIntermediateDirectories: true)
        try preparing?(scratch.path + "/var/inbox")
        try start(arguments: arguments, environment: environment)
    }

    private var arguments: [String] = []
    public var environment: [String: String] = [:]

    public func start(arguments: [String], environment: [String: String]) throws {
        self.arguments = arguments
        self.environment = environment
        try launch(process)
    }

    private var current: Process?

    private func launch(_ process: Process) throws {
        let command = prefix + [DossierProcess.binary, "run", "--state-dir", state] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "DOSSIER_CONFIG")
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.removeValue(forKey: "JOURNAL_STREAM")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        if !FileManager.default.fileExists(atPath: logFile) {
            _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        try handle.seekToEnd()
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        current = process
    }

    /// Starts the daemon again after it stopped or was killed (with `environment` as now set).
    public func restart() throws {
        try launch(Process())
    }

    /// Whether the daemon process is running.
    public var isRunning: Bool { current?.isRunning ?? false }

    /// The exit status of the last process, once it has exited.
    public var exitStatus: Int32? {
        guard let current, !current.isRunning else { return nil }
        return current.terminationStatus
    }

    public var pid: Int32 { current?.processIdentifier ?? 0 }

    public func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for the process to exit and returns its status.
    public func waitForExit(timeout: Double = 10) -> Int32? {
        guard let current else { return nil }
        let ok = waitUntil(timeout: timeout) { !current.isRunning }
        return ok ? current.terminationStatus : nil
    }

    deinit {
        if let current, current.isRunning {
            kill(current.processIdentifier, SIGKILL)
            current.waitUntilExit()
        }
    }

    public var log: String { (try? String(contentsOfFile: logFile, encoding: .utf8)) ?? "" }

    public func names(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: state + "/" + folder)) ?? []).sorted()
    }

    /// Writes a file elsewhere and renames it into the inbox (the recommended way to drop a report).
    public func drop(_ name: String, _ text: String) {
        let staging = scratch.path + "/staging"
        try? FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: staging + "/" + name, contents: Data(text.utf8))
        rename(staging + "/" + name, inbox + "/" + name)
    }

    /// Writes a file in place in the inbox (open, write, close: `IN_CLOSE_WRITE`, no rename),
    /// appending when it exists.
    public func writeInPlace(_ name: String, _ text: String) {
        let fd = open(inbox + "/" + name, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    /// Waits until `name` is in `processed/` (the sentinel of everything dropped before it).
    @discardableResult
    public func waitForProcessed(_ name: String, timeout: Double = 20) -> Bool {
        waitUntil(timeout: timeout) { FileManager.default.fileExists(atPath: self.state + "/processed/" + name) }
    }

    public func verify() throws -> [String: Any] {
        let result = try DossierProcess.run(["verify", "--json", "--state-dir", state])
        return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]) ?? [:]
    }
}

/// Polls `condition` every 20 ms until it holds or `timeout` seconds pass.
public func waitUntil(timeout: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

/// A unix datagram socket that receives sd_notify messages.
public final class NotifySocket {
    let fd: Int32

    public init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, b) in bytes.enumerated() { raw[i] = b }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard result == 0 else { throw POSIXError(.EADDRINUSE) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    public func receive() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n], as: UTF8.self)
    }
}

extension Scratch {
    /// A scratch folder for the whole test run.
    nonisolated(unsafe) public static let shared = Scratch()
}
