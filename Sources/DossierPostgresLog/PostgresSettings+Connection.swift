import DossierConfig
import DossierEventLog
import Foundation
import NIOCore
import NIOSSL
import PostgresNIO

extension PostgresSettings {
    /// The password: the first line of `password_file`, else the variable `password_env` names,
    /// else none (trust or peer authentication).
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) throws(LogError)
        -> String?
    {
        if let passwordFile {
            guard let data = FileManager.default.contents(atPath: passwordFile),
                let text = String(data: data, encoding: .utf8)
            else {
                throw LogError(code: .io, message: "cannot read the password file", file: passwordFile)
            }
            return String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        }
        return environment[passwordEnvironment].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The driver's configuration for these settings.
    func connectionConfiguration() throws(LogError) -> PostgresConnection.Configuration {
        let password = try password()
        var configuration: PostgresConnection.Configuration
        if let socketFile {
            configuration = .init(unixSocketPath: socketFile, username: user, password: password, database: database)
        } else {
            let mode: PostgresConnection.Configuration.TLS
            if tls == "disable" {
                mode = .disable
            } else {
                do {
                    let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                    mode = tls == "require" ? .require(context) : .prefer(context)
                } catch {
                    throw LogError(code: .unavailable, message: "cannot set up TLS: \(error)", file: location)
                }
            }
            configuration = .init(
                host: host,
                port: port,
                username: user,
                password: password,
                database: database,
                tls: mode
            )
        }
        configuration.options.connectTimeout = .milliseconds(Int64(connectTimeoutMilliseconds))
        return configuration
    }
}
