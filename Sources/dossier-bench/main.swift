// The benchmark: `swift run -c release dossier-bench`. See docs/performance.md.
import DossierExtraction
import DossierModel
import Foundation

let arguments = CommandLine.arguments.dropFirst()
FileHandle.standardError.write(Data("dossier-bench: no cases yet (\(arguments.joined(separator: " ")))\n".utf8))
