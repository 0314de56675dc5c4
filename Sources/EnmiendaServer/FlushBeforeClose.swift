import NIOCore

/// Holds a connection's close until the response bytes written before it are on the wire.
///
/// SwiftNIO fails the writes still queued when a channel closes, and Hummingbird closes a
/// connection as soon as it has *queued* the last response on it: after SIGTERM (each
/// connection is closed once its response is written) or when a client asked for
/// `Connection: close`. A large answer to a client that reads more slowly than the server
/// writes (megabytes of matches) was then cut short while the server went on to exit with
/// status 0. This handler, placed between the HTTP codec and Hummingbird's connection
/// state, counts the writes in flight and closes once the last one has completed (or
/// failed), or after ``maximumWait`` seconds if the client stops reading.
package final class FlushBeforeClose: ChannelOutboundHandler, RemovableChannelHandler {
    package typealias OutboundIn = Any
    package typealias OutboundOut = Any

    /// How long a close may wait for a client that does not read, in seconds.
    package let maximumWait: Int64
    private var writesInFlight = 0
    private var heldClose: (mode: CloseMode, promise: EventLoopPromise<Void>?)?

    /// Creates the handler for one connection.
    package init(maximumWait: Int64) {
        self.maximumWait = maximumWait
    }

    package func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let promise = promise ?? context.eventLoop.makePromise()
        writesInFlight += 1
        promise.futureResult.assumeIsolated().whenComplete { [self] _ in
            writesInFlight -= 1
            if writesInFlight == 0 { closeIfHeld(context: context) }
        }
        context.write(data, promise: promise)
    }

    package func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        guard mode == .all, writesInFlight > 0 else {
            context.close(mode: mode, promise: promise)
            return
        }
        if let held = heldClose {
            // A second close while one is held completes with it.
            if let promise { held.promise?.futureResult.cascade(to: promise) ?? promise.succeed() }
            return
        }
        heldClose = (mode, promise)
        context.flush()
        context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(maximumWait)) { [self] in
            closeIfHeld(context: context)
        }
    }

    /// Closes the connection if a close is waiting (once).
    private func closeIfHeld(context: ChannelHandlerContext) {
        guard let held = heldClose else { return }
        heldClose = nil
        context.close(mode: held.mode, promise: held.promise)
    }
}
