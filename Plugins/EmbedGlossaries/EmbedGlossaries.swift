import Foundation
import PackagePlugin

/// Embeds the glossaries and schemas of `glossaries/` into the library as Swift source,
/// so that the `enmienda` binary works from any directory and every edit of a shipped
/// glossary is rebuilt (each file is a declared input of the build command).
@main
struct EmbedGlossaries: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "glossaries")
        let inputs = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["xml", "xsd"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files of glossaries/",
                executable: try context.tool(named: "GlossaryEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
