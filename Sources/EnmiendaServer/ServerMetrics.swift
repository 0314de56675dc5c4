import CoreMetrics
import Foundation
import Prometheus

/// The server's metrics, made through swift-metrics with a Prometheus factory of its own
/// and written in Prometheus' text format at `GET /metrics`.
///
/// - `enmienda_http_requests_total{path,status}`: requests answered.
/// - `enmienda_check_duration_seconds`: time of each check, queue included (histogram).
/// - `enmienda_checked_characters_total`: characters checked.
/// - `enmienda_findings_total`: matches answered.
/// - `enmienda_checks_in_flight`: checks running or waiting.
/// - `enmienda_glossary_entries`: entries of the glossary in use.
/// - `enmienda_glossary_reloads_total{result}`: reloads, `ok` or `error`.
final class ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let checkDuration: CoreMetrics.Timer
    private let characters: CoreMetrics.Counter
    private let findings: CoreMetrics.Counter
    private let inFlight: CoreMetrics.Gauge
    private let entries: CoreMetrics.Gauge
    private let reloads: CoreMetrics.Counter
    private let failedReloads: CoreMetrics.Counter

    init() {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25),
            .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
            .seconds(2.5), .seconds(5), .seconds(10),
        ]
        self.factory = factory
        checkDuration = CoreMetrics.Timer(label: "enmienda_check_duration_seconds", factory: factory)
        characters = CoreMetrics.Counter(label: "enmienda_checked_characters_total", factory: factory)
        findings = CoreMetrics.Counter(label: "enmienda_findings_total", factory: factory)
        inFlight = CoreMetrics.Gauge(label: "enmienda_checks_in_flight", factory: factory)
        entries = CoreMetrics.Gauge(label: "enmienda_glossary_entries", factory: factory)
        reloads = CoreMetrics.Counter(
            label: "enmienda_glossary_reloads_total", dimensions: [("result", "ok")], factory: factory)
        failedReloads = CoreMetrics.Counter(
            label: "enmienda_glossary_reloads_total", dimensions: [("result", "error")], factory: factory)
    }

    /// Counts a request answered.
    func answered(path: String, status: Int) {
        CoreMetrics.Counter(
            label: "enmienda_http_requests_total", dimensions: [("path", path), ("status", String(status))],
            factory: factory
        ).increment()
    }

    /// Records a check of `characters` that found `matches` in `duration`.
    func checked(characters: Int, matches: Int, duration: Duration) {
        self.characters.increment(by: characters)
        findings.increment(by: matches)
        checkDuration.recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// Sets the number of checks running or waiting.
    func setInFlight(_ count: Int) { inFlight.record(count) }

    /// Records a successful load of a glossary of `entries` entries.
    func reloaded(entries count: Int) {
        reloads.increment()
        entries.record(count)
    }

    /// Sets the entries of the glossary loaded at start.
    func loaded(entries count: Int) { entries.record(count) }

    /// Records a reload that failed.
    func reloadFailed() { failedReloads.increment() }

    /// Every metric in Prometheus' text exposition format.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}
