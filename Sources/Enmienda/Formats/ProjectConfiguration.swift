import Foundation

/// A project's settings for `enmienda`, read from a `.enmienda.toml` (or `enmienda.toml`)
/// file that the command line finds by walking up from the article's folder
/// (``find(from:)``). Every setting is optional: what the file leaves out, and what the
/// command line says, wins over it.
///
/// ```toml
/// glossaries = ["glosario-redaccion.xml"]   # relative to this file's folder
/// builtin = true
/// disable = ["english-decimal-point"]
/// disable-categories = ["style"]
/// variety = "es-MX"
/// thousands-separator = "space"
///
/// [report]
/// format = "sarif"
/// notes = false
/// ```
///
/// ```swift
/// if let path = ProjectConfiguration.find(from: "articulos/2025") {
///     let configuration = try ProjectConfiguration(contentsOfFile: path)
///     print(configuration.variety ?? .spain)
/// }
/// ```
public struct ProjectConfiguration: Hashable, Sendable {
    /// The names a configuration file may have, in the order they are looked for in
    /// each folder.
    public static let fileNames = [".enmienda.toml", "enmienda.toml"]

    /// The report formats that `[report] format` takes (those of `check --format`).
    public static let reportFormats = ["text", "xml", "json", "sarif", "html", "count", "jsonl"]

    /// The file the configuration was read from.
    public var path: String
    /// Glossary files to add to the built-in glossary (`glossaries`), as paths that the
    /// file's own folder resolves.
    public var glossaries: [String] = []
    /// Whether the built-in glossary is used (`builtin`); `nil` if the file does not say.
    public var builtin: Bool?
    /// Ids of entries to leave out (`disable`).
    public var disabledEntries: [String] = []
    /// Categories of entries to leave out (`disable-categories`).
    public var disabledCategories: [IssueCategory] = []
    /// The variety of Spanish articles are written for (`variety`).
    public var variety: SpanishVariety?
    /// How corrected numbers group thousands (`thousands-separator`).
    public var thousandsSeparator: ThousandsSeparator?
    /// The default report format of `check` (`[report] format`), one of ``reportFormats``.
    public var reportFormat: String?
    /// Whether reports show each entry's note (`[report] notes`).
    public var notes: Bool?
    /// Where each key was set, by its dotted name (`disable`, `report.format`), so that a
    /// problem found later (an id that no glossary has) is located in the file.
    public var locations: [String: SourceLocation] = [:]

    /// An empty configuration said to come from `path`.
    public init(path: String) {
        self.path = path
    }

    /// The location of `key` in the file, or its first line.
    public func location(of key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(path: path, line: 1, column: 1)
    }
}
