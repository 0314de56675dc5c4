import Foundation

/// The third-party programs some tests read our output with (Python's
/// language_tool_python and translate-toolkit, msgfmt, GNU parallel).
///
/// `bash .ci/setup tests`, the first half of the README's test command, installs every one
/// of them, so a test that needs a missing tool fails, saying which, instead of passing
/// unseen: gate it with ``runs(whenAvailable:)`` and `#require` the tool in its body. Set
/// `ENMIENDA_TESTS_WITHOUT_TOOLS=1` to skip such tests on a machine without the tools.
public enum ThirdPartyTool {
    /// Whether a test that needs a tool runs: when the tool is available, and when it is
    /// not unless `ENMIENDA_TESTS_WITHOUT_TOOLS=1` (then the test's `#require` fails).
    public static func runs(whenAvailable available: Bool) -> Bool {
        available || ProcessInfo.processInfo.environment["ENMIENDA_TESTS_WITHOUT_TOOLS"] != "1"
    }

    /// The interpreter that `python3` on this process's `PATH` runs (pyenv's shims
    /// resolved), as an absolute path that works in a child with a minimal environment;
    /// `nil` when there is none.
    public static let python3: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && path.hasPrefix("/") ? path : nil
    }()
}
