import Enmienda

let article = TextDocument("Son no talleres y esfuerzo de guerra.", path: "fuzz.txt")

/// Any bytes as a review file: must load or throw, and applying it to an article must
/// succeed or throw an `InputError`, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReview(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let review = try? Review(xml: bytes, path: "fuzz.review.xml") else { return 0 }
    for document in review.documents {
        _ = try? document.apply(to: article)
    }
    return 0
}
