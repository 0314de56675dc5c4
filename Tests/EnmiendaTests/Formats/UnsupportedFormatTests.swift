import Foundation
import Testing

@testable import Enmienda
@testable import EnmiendaCore

/// Issue 13: bilingual files (XLIFF, TMX, PO) are told by extension and content.
@Suite struct UnsupportedFormatTests {
    @Test func bilingualFilesAreToldByExtensionAndContent() {
        #expect(UnsupportedFormat.name(ofPath: "dir/a.XLF") == "XLIFF")
        #expect(UnsupportedFormat.name(ofPath: "a.po") == "PO")
        #expect(UnsupportedFormat.name(ofPath: "a.txt") == nil)
        #expect(UnsupportedFormat.name(ofPath: ".tmx") == nil)
        let xliff = #"<?xml version="1.0"?><xliff version="1.2"><file/></xliff>"#
        #expect(UnsupportedFormat.name(of: Array(xliff.utf8)) == "XLIFF")
        #expect(UnsupportedFormat.name(of: Array("<x:tmx xmlns:x=\"u\"/>".utf8)) == "TMX")
        #expect(UnsupportedFormat.name(of: Array("# comment\n\nmsgid \"\"\nmsgstr \"\"\n".utf8)) == "PO")
        #expect(UnsupportedFormat.name(of: Array("Una nota sobre <xliff>.\n".utf8)) == nil)
        #expect(UnsupportedFormat.name(of: Array("<p>Hola</p>".utf8)) == nil)
    }
}
