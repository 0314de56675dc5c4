import Foundation

/// An error the LanguageTool-compatible service answers with: an HTTP status and a
/// message worded as LanguageTool words its own, sent as plain text (`Error: …`).
///
/// LanguageTool (`languagetool-server`, `LanguageToolHttpHandler`) answers a bad request
/// with 400, a text over its limit with 413, an overloaded server or a check over its
/// time limit with 503, each body one line of plain text starting with `Error: `.
public struct ServiceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status code: 400, 413, 415 or 503.
    public var status: Int
    /// The message, without the `Error: ` prefix.
    public var message: String

    /// Creates an error with its status and message.
    public init(status: Int, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The body of the answer: `Error: ` and the message.
    public var description: String { "Error: \(message)" }

    /// A request with neither `text` nor `data` (400).
    public static let missingText = ServiceError(status: 400, "Missing 'text' or 'data' parameter")

    /// A request with no `language` (400).
    public static let missingLanguage = ServiceError(status: 400, "Missing 'language' parameter")

    /// A language other than Spanish (400), with the codes this server knows.
    public static func unknownLanguage(_ code: String) -> ServiceError {
        ServiceError(
            status: 400,
            "'\(code)' is not a language code known to LanguageTool. Supported language codes are: "
                + LanguageList.codes.joined(separator: ", ")
                + ". The list of languages is also available at '/v2/languages'.")
    }

    /// A text longer than `limit` characters (413).
    public static func textTooLong(_ length: Int, limit: Int) -> ServiceError {
        ServiceError(
            status: 413,
            "Your text exceeds the limit of \(limit) characters (it's \(length) characters). Please submit a shorter text."
        )
    }

    /// A request body larger than `limit` bytes (413).
    public static func requestTooLarge(limit: Int) -> ServiceError {
        ServiceError(status: 413, "Your request exceeds the limit of \(limit) bytes. Please submit a shorter text.")
    }

    /// A check that took longer than `milliseconds` (503).
    public static func timeout(milliseconds: Int) -> ServiceError {
        ServiceError(
            status: 503, "Text checking took longer than allowed maximum of \(milliseconds) milliseconds")
    }

    /// A check refused because `limit` checks are running or waiting already (503).
    public static func overloaded(limit: Int) -> ServiceError {
        ServiceError(
            status: 503, "Server overloaded: \(limit) checks are running or waiting already, please try again later")
    }
}
