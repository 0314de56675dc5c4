import ArgumentParser
import Enmienda
import Foundation

/// The project configuration file folded into the command line's options.
extension CheckingOptions {
    /// The configuration that applies: none with `--no-config`, the `--config` file, or
    /// the nearest `.enmienda.toml` or `enmienda.toml` above the first article's folder
    /// (the current directory for standard input or no article).
    ///
    /// - Throws: ``InputError`` located in the file when it cannot be read or is not valid.
    func configuration(near paths: [String]) throws(InputError) -> ProjectConfiguration? {
        if choice.noConfig { return nil }
        if let path = choice.configPath {
            return try ProjectConfiguration(contentsOfFile: path, maximumSize: inputSize.bytes)
        }
        var start = "."
        if let article = paths.first(where: { $0 != "-" }) {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: article, isDirectory: &isDirectory)
            start = exists && isDirectory.boolValue ? article : (article as NSString).deletingLastPathComponent
            if start.isEmpty { start = "." }
        }
        guard let found = ProjectConfiguration.find(from: start) else { return nil }
        return try ProjectConfiguration(contentsOfFile: found, maximumSize: inputSize.bytes, confined: true)
    }

    /// These options with the configuration file of the articles at `paths` folded in.
    /// The command line wins: `--variety`, `--thousands-separator` and `--builtin` or
    /// `--no-builtin` over the file's; the file's glossaries come before the `--glossary`
    /// files, and its disabled entries and categories join those of the command line.
    /// The result says `--no-config`, so resolving it again changes nothing.
    ///
    /// - Throws: ``InputError`` located in the file when it is not valid. An id it
    ///   disables that no glossary in use has is an error located in the file too, when
    ///   the glossary is compiled (``GlossaryChoiceOptions/disabling(in:)``).
    func resolved(near paths: [String]) throws -> CheckingOptions {
        var options = self
        options.choice.noConfig = true
        options.choice.configPath = nil
        guard let configuration = try configuration(near: paths) else { return options }
        options.choice.glossaryPaths = configuration.glossaries + choice.glossaryPaths
        options.choice.builtin = choice.builtin ?? configuration.builtin
        options.choice.variety = choice.variety ?? configuration.variety
        options.thousandsSeparator = thousandsSeparator ?? configuration.thousandsSeparator
        options.choice.disabledCategories = configuration.disabledCategories + choice.disabledCategories
        if !configuration.disabledEntries.isEmpty {
            // Checked when the glossary is compiled (a cached one was checked when it was
            // compiled): reading the glossary files here would read them twice, and a
            // glossary given as a pipe (`<(…)`) only once.
            options.choice.disabledIDs = configuration.disabledEntries + choice.disabledIDs
            options.choice.configuredDisabling = (configuration.disabledEntries, configuration.location(of: "disable"))
        }
        return options
    }
}

extension ReportOptions {
    /// These options with the configuration's report defaults (`[report] format` and
    /// `notes`) where the command line does not say.
    func applying(_ configuration: ProjectConfiguration?) -> ReportOptions {
        var options = self
        if options.requestedFormat == nil, let name = configuration?.reportFormat {
            options.requestedFormat = Format(rawValue: name)
        }
        if options.notes == nil { options.notes = configuration?.notes }
        return options
    }
}
