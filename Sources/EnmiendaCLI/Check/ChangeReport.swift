import Enmienda
import Foundation

/// What `check --watch` prints after a change: a line with the time of day and the
/// counts, then each finding that appeared, with its top suggestion, and each that went.
struct ChangeReport {
    var change: FindingsChange
    /// Whether the glossary was reloaded for this check.
    var reloaded: Bool

    /// The lines, stamped with the local time.
    var text: String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        let time = String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
        var text =
            "--- \(time): \(change.new.count) new, \(change.gone.count) gone, \(change.unchanged) unchanged"
            + (reloaded ? " (glossary reloaded)" : "") + "\n"
        for finding in change.new {
            text +=
                "+ \(finding.location): \(finding.severity.rawValue): \(TerminalText.escaped(finding.message)) [\(TerminalText.escaped(finding.entryID))]\n"
            text += "    suggestion: \(finding.topSuggestion)\n"
        }
        for finding in change.gone {
            text += "- \(finding.location.path): “\(finding.matchedText)” is gone [\(finding.entryID)]\n"
        }
        return text
    }
}
