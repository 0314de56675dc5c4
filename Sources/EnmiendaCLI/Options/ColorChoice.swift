import ArgumentParser

/// The `--color` option.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
