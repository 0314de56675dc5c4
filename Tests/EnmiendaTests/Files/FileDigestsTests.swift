import EnmiendaTestSupport
import Foundation
import Testing

@testable import Enmienda

/// A file's digest is remembered by its status and used only while the file is the one
/// hashed: an edit, a replacement, a file changed just before it was read or a damaged
/// digests file all mean hashing again. Every file lives in a temporary directory.
@Suite struct FileDigestsTests {
    private let root: String
    private let file: String
    private let digests: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("file-digests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        file = root + "/glossary.xml"
        digests = root + "/file-digests"
        try write("<glossary/>")
    }

    private func write(_ text: String, to path: String? = nil) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path ?? file))
    }

    private static func sha256(_ text: String) -> [UInt8] {
        FileDigests.sha256(Array(text.utf8))
    }

    /// Seconds since 1970, `offset` from now: a read made 10 s from now sees today's file
    /// as settled, one made now does not.
    private static func now(_ offset: Double = 0) -> Double {
        Date().timeIntervalSince1970 + offset
    }

    @Test func aSettledFileIsHashedOnceThenRemembered() throws {
        var first = FileDigests(path: digests)
        #expect(
            first.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
                == Self.sha256("<glossary/>")
        )
        first.save()
        // The bytes given are not hashed again: the digest remembered for the file is used.
        var second = FileDigests(path: digests)
        #expect(
            second.digest(of: FileDigests.Status(path: file), bytes: [], readAt: Self.now(10))
                == Self.sha256("<glossary/>"))
    }

    @Test func aRememberedDigestIsFoundWithoutTheBytesWhileTheFileIsUnchanged() throws {
        var first = FileDigests(path: digests)
        #expect(first.rememberedDigest(of: file, maximumSize: nil) == nil)
        _ = first.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
        first.save()
        let second = FileDigests(path: digests)
        #expect(second.rememberedDigest(of: file, maximumSize: nil) == Self.sha256("<glossary/>"))
        #expect(second.rememberedDigest(of: file, maximumSize: 11) == Self.sha256("<glossary/>"))
        // A file over the size allowed is left to the reading, which refuses it.
        #expect(second.rememberedDigest(of: file, maximumSize: 10) == nil)
        #expect(second.rememberedDigest(of: root + "/missing.xml", maximumSize: nil) == nil)
        #expect(second.rememberedDigest(of: root, maximumSize: nil) == nil)
        // Edited in place, same size: the status no longer matches.
        usleep(50_000)
        try write("<Glossary/>")
        #expect(FileDigests(path: digests).rememberedDigest(of: file, maximumSize: nil) == nil)
    }

    @Test func anEditedFileIsHashedAgainEvenWithItsOldTimesPutBack() throws {
        var first = FileDigests(path: digests)
        _ = first.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
        first.save()
        var status = stat()
        #expect(stat(file, &status) == 0)
        // Let the clock move past the file system's tick, then edit in place, same size.
        usleep(50_000)
        try write("<Glossary/>")
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, file, &times, 0) == 0)
        var second = FileDigests(path: digests)
        #expect(
            second.digest(of: FileDigests.Status(path: file), bytes: Array("<Glossary/>".utf8), readAt: Self.now(10))
                == Self.sha256("<Glossary/>"))
    }

    @Test func aReplacedFileIsHashedAgain() throws {
        var first = FileDigests(path: digests)
        _ = first.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
        first.save()
        try write("<glossary />", to: root + "/other.xml")
        #expect(rename(root + "/other.xml", file) == 0)
        var second = FileDigests(path: digests)
        #expect(
            second.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary />".utf8), readAt: Self.now(10))
                == Self.sha256("<glossary />"))
    }

    /// A file written less than a second before it was read may be written again within
    /// the same clock tick: its digest is never remembered.
    @Test func aFileChangedJustBeforeItWasReadIsNotRemembered() throws {
        var first = FileDigests(path: digests)
        #expect(
            first.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now())
                == Self.sha256("<glossary/>"))
        first.save()
        #expect(!FileManager.default.fileExists(atPath: digests))
        #expect(FileDigests(path: digests).remembered.isEmpty)
    }

    @Test(arguments: ["", "enmienda file digests 1\n1 2 3\n", "enmienda file digests 1\n1 2 3 4 5 6 7 zz\n", "other\n"])
    func aDamagedDigestsFileIsIgnored(content: String) throws {
        try write(content, to: digests)
        var damaged = FileDigests(path: digests)
        #expect(damaged.remembered.isEmpty)
        #expect(
            damaged.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
                == Self.sha256("<glossary/>"))
    }

    /// A cache directory is writable by whoever runs Enmienda: a FIFO or a link in place
    /// of the digests file must neither block a run nor be written through.
    @Test func aLinkOrFIFOInPlaceOfTheDigestsFileIsNeitherReadNorWrittenThrough() throws {
        let target = root + "/elsewhere"
        try write("untouched", to: target)
        #expect(symlink(target, digests) == 0)
        var linked = FileDigests(path: digests)
        #expect(linked.remembered.isEmpty)
        _ = linked.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
        linked.save()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "untouched")
        #expect(unlink(digests) == 0 && mkfifo(digests, 0o600) == 0)
        var fifo = FileDigests(path: digests)
        #expect(fifo.remembered.isEmpty)
        _ = fifo.digest(of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
        fifo.save()
        var status = stat()
        #expect(lstat(digests, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aDigestsFileLargerThanTheLinesKeptIsIgnored() throws {
        let line = "1 2 3 4 5 6 7 " + String(repeating: "0", count: 64) + "\n"
        try write(FileDigests.header + "\n" + String(repeating: line, count: 300), to: digests)
        #expect(FileDigests(path: digests).remembered.isEmpty)
        try write(FileDigests.header + "\n" + String(repeating: line, count: 20), to: digests)
        #expect(FileDigests(path: digests).remembered.count == 20)
    }

    @Test func onlyTheMostRecentDigestsAreKept() throws {
        var many = FileDigests(path: digests)
        for index in 0..<(FileDigests.maximumCount + 5) {
            let path = root + "/g\(index).xml"
            try write("<glossary n='\(index)'/>", to: path)
            _ = many.digest(
                of: FileDigests.Status(path: path), bytes: Array("<glossary n='\(index)'/>".utf8), readAt: Self.now(10))
        }
        many.save()
        let kept = FileDigests(path: digests)
        #expect(kept.remembered.count == FileDigests.maximumCount)
        #expect(kept.remembered.last?.digest == Self.sha256("<glossary n='\(FileDigests.maximumCount + 4)'/>"))
    }

    @Test func withoutAPathNothingIsWritten() throws {
        var memoryOnly = FileDigests(path: nil)
        #expect(
            memoryOnly.digest(
                of: FileDigests.Status(path: file), bytes: Array("<glossary/>".utf8), readAt: Self.now(10))
                == Self.sha256("<glossary/>"))
        memoryOnly.save()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["glossary.xml"])
    }

    /// Found by the hostile-input review: the status was taken by a second `stat` of the
    /// path after the bytes were read, so a link switched meanwhile (or a directory
    /// renamed into place) had one file's digest remembered under another file's status,
    /// and every later run checked with the wrong glossary. The status now comes from the
    /// descriptor the bytes were read through.
    @Test func theStatusReadIsThatOfTheFileTheBytesCameFromWhileTheLinkIsSwitched() throws {
        let short = root + "/short.xml"
        let long = root + "/long.xml"
        try write(String(repeating: "a", count: 1_000), to: short)
        try write(String(repeating: "b", count: 30_000), to: long)
        let link = root + "/switched.xml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: short)
        let stopped = StopFlag()
        let directory = root
        let switcher = Thread {
            var index = 0
            while !stopped.isSet {
                let next = directory + "/next-\(index).xml"
                guard symlink(index % 2 == 0 ? long : short, next) == 0, rename(next, link) == 0 else { return }
                index += 1
            }
        }
        switcher.start()
        defer { stopped.set() }
        let expected = [short: FileDigests.Status(path: short), long: FileDigests.Status(path: long)]
        for _ in 0..<150 {
            let read = try FileInput.readBytesAndStatus(atPath: link)
            let source = read.bytes.first == UInt8(ascii: "a") ? short : long
            #expect(read.status == expected[source] ?? nil, "the status of another file than the one read")
        }
    }
}
