import Enmienda
import EnmiendaServer
import Foundation
import Hummingbird

/// A server over a glossary file of its own in a temporary folder.
struct ServerFixture {
    static let glossary = """
        <?xml version="1.0" encoding="UTF-8"?>
        <glossary xmlns="urn:enmienda:glossary" version="1">
          <entry id="casa-mala" category="terminology" severity="minor">
            <source>bad house</source><wrong>casa mala</wrong><suggestion>casa buena</suggestion>
          </entry>
        </glossary>

        """

    let folder: URL
    let glossaryPath: String
    let messages = Messages()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("enmienda-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        glossaryPath = folder.appendingPathComponent("glossary.xml").path
        try Data(Self.glossary.utf8).write(to: URL(fileURLWithPath: glossaryPath))
    }

    /// A server over the glossary file alone (no built-in glossary).
    func server(
        limits: ServerLimits = ServerLimits(), reloadInterval: Duration = .milliseconds(100),
        allowedOrigins: [String] = []
    ) throws -> CheckServer {
        let path = glossaryPath
        return try CheckServer(
            host: "127.0.0.1", port: 0, limits: limits, reloadInterval: reloadInterval, allowedOrigins: allowedOrigins,
            load: {
                let glossary = try Glossary(contentsOfFile: path)
                return LoadedGlossary(service: CheckService(aligner: Aligner(glossary: glossary)), files: [path])
            },
            log: { [messages] in messages.append($0) })
    }

    /// Writes the glossary file anew.
    func writeGlossary(_ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: glossaryPath), options: .atomic)
    }

    /// The messages the server logged.
    final class Messages: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }
}

extension ByteBuffer {
    /// A form body.
    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        let encoded = pairs.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return ByteBuffer(string: encoded)
    }
}

extension HTTPFields {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}
