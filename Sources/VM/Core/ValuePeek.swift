/// Reading a register's object without copying the `Value` (and so without a retain/release
/// pair): the dispatch loop's fast paths use it for iterators and instances that stay in their
/// register while they are used.
///
/// It relies on the layout of ``Value``: an 8-byte payload followed by the case tag, with `object`
/// the fourth payload case (tag 3). `VMTests/ValueLayoutTests` checks this layout.
extension UnsafeMutablePointer where Pointee == Value {
    /// The tag `Value.object` has in memory.
    static var objectTag: UInt8 { 3 }

    /// The object in the register, unretained, or nil when the register holds no object.
    @inline(__always)
    func peekObject() -> Unmanaged<PyObject>? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: 8, as: UInt8.self) == Self.objectTag else { return nil }
        return Unmanaged.fromOpaque(raw.load(as: UnsafeRawPointer.self))
    }
}

/// The memory tag of a value's case, for the layout test.
public func valueTag(_ value: Value) -> UInt8 {
    var copy = value
    return withUnsafeBytes(of: &copy) { $0[8] }
}
