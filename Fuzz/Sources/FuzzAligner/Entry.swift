import FuzzSupport

/// The entry point libFuzzer calls (see `runLibFuzzer`).
@_cdecl("FuzzAligner_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzzAligner(data, size) }
}
