import FuzzSupport

/// The entry point libFuzzer calls (see `runLibFuzzer`).
@_cdecl("FuzzCorrections_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzzCorrections(data, size) }
}
