import EnmiendaServer
import NIOCore
import NIOEmbedded
import Testing

/// A connection closes only once the bytes written before the close are on the wire
/// (a large answer after SIGTERM was cut short before).
@Suite struct FlushBeforeCloseTests {
    /// The wire: holds every write's promise until ``release()``, as a socket does while
    /// a slow client leaves its buffer full.
    final class SlowWire: ChannelOutboundHandler, RemovableChannelHandler {
        typealias OutboundIn = ByteBuffer
        var held: [EventLoopPromise<Void>] = []
        var written = 0

        func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
            written += unwrapOutboundIn(data).readableBytes
            if let promise { held.append(promise) }
        }

        func release() {
            let promises = held
            held = []
            for promise in promises { promise.succeed() }
        }
    }

    static func channel(wire: SlowWire) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandlers([wire, FlushBeforeClose(maximumWait: 30)])
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8081)).wait()
        return channel
    }

    @Test func aCloseWaitsForTheWritesBeforeIt() throws {
        let wire = SlowWire()
        let channel = try Self.channel(wire: wire)
        channel.writeAndFlush(ByteBuffer(repeating: 0x61, count: 1 << 20), promise: nil)
        channel.writeAndFlush(ByteBuffer(repeating: 0x62, count: 10), promise: nil)
        let closed = channel.close()
        channel.embeddedEventLoop.run()
        #expect(channel.isActive, "closed with two writes still on their way")
        wire.release()
        channel.embeddedEventLoop.run()
        try closed.wait()
        #expect(!channel.isActive)
        #expect(wire.written == (1 << 20) + 10)
    }

    @Test func aCloseWithNothingInFlightIsImmediate() throws {
        let wire = SlowWire()
        let channel = try Self.channel(wire: wire)
        channel.writeAndFlush(ByteBuffer(repeating: 0x61, count: 5), promise: nil)
        wire.release()
        try channel.close().wait()
        #expect(!channel.isActive)
    }

    @Test func aClientThatStopsReadingIsClosedAfterTheWait() throws {
        let wire = SlowWire()
        let channel = try Self.channel(wire: wire)
        channel.writeAndFlush(ByteBuffer(repeating: 0x61, count: 5), promise: nil)
        let closed = channel.close()
        channel.embeddedEventLoop.advanceTime(by: .seconds(29))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(1))
        try closed.wait()
        #expect(!channel.isActive)
    }

    @Test func aSecondCloseCompletesWithTheFirst() throws {
        let wire = SlowWire()
        let channel = try Self.channel(wire: wire)
        channel.writeAndFlush(ByteBuffer(repeating: 0x61, count: 5), promise: nil)
        let first = channel.close()
        let second = channel.eventLoop.makePromise(of: Void.self)
        channel.close(promise: second)
        #expect(channel.isActive)
        wire.release()
        channel.embeddedEventLoop.run()
        try first.wait()
        try second.futureResult.wait()
        #expect(!channel.isActive)
    }
}
