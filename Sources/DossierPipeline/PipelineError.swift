import DossierConfig
import DossierEventLog
import DossierIngest
import DossierWriters

/// An error of the pipeline: which stage failed, on which file, and why.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public enum Stage: String, Sendable {
        case config, log, ingest, projections, state
    }

    public var stage: Stage
    public var message: String
    /// The file concerned.
    public var file: String
    /// The log error behind it, when the log failed (to tell a fatal fsync failure apart).
    public var logError: LogError?

    public init(stage: Stage, message: String, file: String, logError: LogError? = nil) {
        self.stage = stage
        self.message = message
        self.file = file
        self.logError = logError
    }

    public init(_ error: LogError) {
        self.init(stage: .log, message: error.description, file: error.file, logError: error)
    }

    public init(_ error: WriteError) {
        self.init(stage: .projections, message: error.description, file: error.file)
    }

    public var description: String { message }
}
