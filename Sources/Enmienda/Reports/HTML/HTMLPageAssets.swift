/// The stylesheet and script of every HTML review page: `Resources/review-page.css` and
/// `Resources/review-page.js` beside this file, embedded in the library at build time by
/// the EmbedFiles plugin (so the page needs no file at run time).
enum HTMLPageAssets {
    /// The stylesheet, as the page's `<style>` holds it.
    static let style = text(of: "review-page.css")

    /// The script, as the page's last `<script>` holds it (between CDATA markers).
    static let script = text(of: "review-page.js")

    /// The embedded file's text without the line break that ends it: the page puts its
    /// own markup right after each.
    static func text(of name: String) -> String {
        let text = EmbeddedPageFiles.files.first { $0.name == name }?.text ?? ""
        return text.unicodeScalars.last == "\n" ? String(text.unicodeScalars.dropLast()) : text
    }
}
