@_silgen_name("_swift_stdlib_immortalize")
private func swiftImmortalize(_ object: UnsafeMutableRawPointer)

/// Immortal objects: the Swift runtime never frees them and skips their reference counting.
public enum Immortality {
    /// Makes `object` immortal.
    public static func make(_ object: AnyObject) {
        swiftImmortalize(Unmanaged.passUnretained(object).toOpaque())
    }
}
