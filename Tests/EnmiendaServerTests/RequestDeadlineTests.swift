import EnmiendaServer
import NIOCore
import NIOEmbedded
import Testing

/// A request not answered within its deadline from its first part closes its connection
/// (a client trickling its body byte by byte held it without end before).
@Suite struct RequestDeadlineTests {
    static func channel() throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(handler: RequestDeadline(seconds: 70))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8081)).wait()
        return channel
    }

    @Test func aRequestThatTricklesPastItsDeadlineIsCut() throws {
        let channel = try Self.channel()
        for _ in 0..<6 {
            try channel.writeInbound(ByteBuffer(string: "a"))
            channel.embeddedEventLoop.advanceTime(by: .seconds(10))
        }
        #expect(channel.isActive, "cut before its deadline")
        channel.embeddedEventLoop.advanceTime(by: .seconds(10))
        #expect(!channel.isActive)
    }

    @Test func anAnswerStopsTheClockAndTheNextRequestStartsIt() throws {
        let channel = try Self.channel()
        try channel.writeInbound(ByteBuffer(string: "request 1"))
        channel.embeddedEventLoop.advanceTime(by: .seconds(60))
        try channel.writeOutbound(ByteBuffer(string: "answer 1"))
        channel.embeddedEventLoop.advanceTime(by: .seconds(600))
        #expect(channel.isActive, "an idle connection is the idle timeout's to close")
        try channel.writeInbound(ByteBuffer(string: "request 2"))
        channel.embeddedEventLoop.advanceTime(by: .seconds(69))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        #expect(!channel.isActive)
    }
}
