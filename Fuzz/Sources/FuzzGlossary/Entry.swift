import FuzzSupport

/// The entry point libFuzzer calls (see `runLibFuzzer`).
@_cdecl("FuzzGlossary_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzzGlossary(data, size) }
}
