import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 17: files are told by extension and content; other extensions are refused.
@Suite struct DocumentFormatTests {
    private func format(_ path: String, _ content: String) throws -> DocumentFormat {
        try DocumentFormat.of(path: path, bytes: Array(content.utf8))
    }

    @Test func extensionsNameTheirFormat() throws {
        #expect(try format("dir/a.XLF", "") == .xliff)
        #expect(try format("a.po", "") == .po)
        #expect(try format("a.pot", "") == .po)
        #expect(try format("a.tmx", "") == .tmx)
        #expect(try format("a.srt", "") == .srt)
        #expect(try format("a.vtt", "") == .webvtt)
        #expect(try format("a.htm", "") == .html)
        #expect(try format("a.txt", "Hola.") == .text)
        #expect(try format("a.md", "# Hola") == .text)
        #expect(try format("README", "Hola.") == .text)
        #expect(try format(".profile", "Hola.") == .text)
        #expect(try format("-", "Hola.") == .text)
    }

    @Test func textNamesAreReadByContent() throws {
        let xliff = #"<?xml version="1.0"?><xliff version="1.2"><file/></xliff>"#
        #expect(try format("a.txt", xliff) == .xliff)
        #expect(try format("-", "<x:tmx xmlns:x=\"u\"/>") == .tmx)
        #expect(try format("notes", "# comment\n\nmsgid \"\"\nmsgstr \"\"\n") == .po)
        #expect(try format("a.txt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHola\n") == .webvtt)
        #expect(try format("a.txt", "\u{FEFF}1\r\n00:00:01,000 --> 00:00:02,000\r\nHola\r\n") == .srt)
        #expect(try format("a.txt", "<!DOCTYPE html>\n<p>Hola</p>") == .html)
        // Prose that mentions markup, or starts with a number, stays text.
        #expect(try format("a.txt", "Una nota sobre <xliff>.\n") == .text)
        #expect(try format("a.txt", "<p>Hola</p>") == .text)
        #expect(try format("a.txt", "2024\nfue un año difícil.\n") == .text)
        // A broken time code is still SRT: the reader says where, rather than fix rewriting it.
        #expect(try format("a.txt", "1\n00:00:01;000 --> 00:00:02,000\nHola\n") == .srt)
    }

    @Test func otherExtensionsAreRefusedWithTheWayOut() {
        #expect {
            try format("dir/nota.docx", "PK")
        } throws: { error in
            let message = (error as? InputError)?.diagnostics.first.map(String.init(describing:)) ?? ""
            return message.hasPrefix("dir/nota.docx:1:1: error: files ending in .docx are not checked")
                && message.contains("--as text")
        }
    }
}
