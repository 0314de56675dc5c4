import Foundation
import PackagePlugin

/// Embeds text files of the package into the library as Swift source, so that the
/// `enmienda` binary works alone from any directory: the glossaries and schemas of
/// `glossaries/`, and the stylesheet and script of the HTML review page. Each group of
/// files becomes one generated Swift file, and each file is a declared input of its build
/// command, so every edit of one is rebuilt.
@main
struct EmbedFiles: BuildToolPlugin {
    /// A folder of the package whose files with the given extensions are embedded, as
    /// `static let files: [(name: String, text: String)]` of an enum named `type`.
    struct Group {
        var folder: String
        var extensions: Set<String>
        var type: String
    }

    static let groups = [
        Group(folder: "glossaries", extensions: ["xml", "xsd"], type: "EmbeddedFiles"),
        Group(folder: "Sources/Enmienda/Reports/HTML/Resources", extensions: ["css", "js"], type: "EmbeddedPageFiles"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "FileEmbedder").url
        return try Self.groups.map { group in
            let directory = context.package.directoryURL.appending(path: group.folder)
            let inputs = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { group.extensions.contains($0.pathExtension) }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            let output = context.pluginWorkDirectoryURL.appending(path: "\(group.type).swift")
            return .buildCommand(
                displayName: "Embedding \(inputs.count) files of \(group.folder)/",
                executable: tool,
                arguments: [output.path, group.type, group.folder] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        }
    }
}
