import NIOCore

/// Closes a connection whose request is not answered within a deadline from its first
/// part: a client that trickles its body a byte at a time, each byte within the idle
/// timeout, would otherwise hold a connection (and graceful shutdown) without end.
///
/// Placed between the HTTP codec and Hummingbird's connection state, it sees whole
/// request parts coming in and response parts going out: the first part read after an
/// answer starts the clock, the first part of the next answer stops it. The deadline
/// covers reading the request and the check (``CheckServer`` gives the time limit plus a
/// minute), so an answer under the time limit is never cut.
package final class RequestDeadline: ChannelDuplexHandler, RemovableChannelHandler {
    package typealias InboundIn = Any
    package typealias InboundOut = Any
    package typealias OutboundIn = Any
    package typealias OutboundOut = Any

    /// How long a request may take from its first part to its answer, in seconds.
    package let seconds: Int64
    private var timer: Scheduled<Void>?

    /// Creates the handler for one connection.
    package init(seconds: Int64) {
        self.seconds = seconds
    }

    package func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if timer == nil {
            timer = context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(seconds)) {
                context.close(promise: nil)
            }
        }
        context.fireChannelRead(data)
    }

    package func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        timer?.cancel()
        timer = nil
        context.write(data, promise: promise)
    }

    package func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }
}
