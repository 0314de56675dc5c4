/// Where Enmienda keeps what it compiles once (the Spanish lexicon, glossaries):
/// `$XDG_CACHE_HOME/enmienda`, else `$HOME/.cache/enmienda`.
enum CacheDirectory {
    /// `$XDG_CACHE_HOME/enmienda` when that is an absolute path, else
    /// `$HOME/.cache/enmienda`; `nil` when neither variable is usable.
    static func path(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/enmienda" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/enmienda" }
        return nil
    }
}
