import Enmienda

/// A glossary and configuration as loaded for the server: the service that checks with
/// them, and the files they were read from, which the server watches for changes.
public struct LoadedGlossary: Sendable {
    /// The service over the compiled glossary.
    public var service: CheckService
    /// The glossary and configuration files read (not the built-in glossary).
    public var files: [String]

    /// Creates a loaded glossary.
    public init(service: CheckService, files: [String]) {
        self.service = service
        self.files = files
    }

    /// How many entries the glossary has.
    public var entries: Int { service.aligner.glossary.entryCount }
}
