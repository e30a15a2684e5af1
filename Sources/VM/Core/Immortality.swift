@_silgen_name("_swift_stdlib_immortalize")
private func swiftImmortalize(_ object: UnsafeMutableRawPointer)

/// Immortal objects: the Swift runtime never frees them and skips their reference counting.
public enum Immortality {
    /// Makes `object` immortal.
    public static func make(_ object: AnyObject) {
        swiftImmortalize(Unmanaged.passUnretained(object).toOpaque())
    }

    /// Makes an array's storage immortal, so VMs on several threads may copy the array (reading a
    /// shared class's `mro`, say) without writing the storage's reference count. An array is one
    /// reference to its storage; empty arrays share the runtime's static, already immortal storage.
    static func makeStorage<Element>(of array: ContiguousArray<Element>) {
        guard array.capacity > 0 else { return }
        make(unsafeBitCast(array, to: AnyObject.self))
    }

    /// Makes a dictionary's storage immortal (see the `ContiguousArray` overload).
    static func makeStorage<Key, Element>(of dictionary: [Key: Element]) {
        guard !dictionary.isEmpty else { return }
        make(unsafeBitCast(dictionary, to: AnyObject.self))
    }

    /// Makes an array's storage immortal (see the `ContiguousArray` overload).
    static func makeStorage<Element>(of array: [Element]) {
        guard array.capacity > 0 else { return }
        make(unsafeBitCast(array, to: AnyObject.self))
    }

    /// Makes the context of a builtin method's body immortal: calling a closure shared by every VM
    /// retains its context. A closure is a function pointer and a context (nil when it captures
    /// nothing). It is read through a concrete struct: handing a closure to a generic parameter
    /// would wrap it in a temporary thunk and expose that thunk's context instead.
    static func makeContext(of body: @escaping NativeBody) {
        struct Holder { var body: NativeBody }
        makeContext(in: Holder(body: body))
    }

    /// Makes the context of a builtin constructor immortal (see `makeContext(of: NativeBody)`).
    static func makeContext(of body: @escaping NativeConstructor) {
        struct Holder { var body: NativeConstructor }
        makeContext(in: Holder(body: body))
    }

    /// Makes the context of a one-argument constructor immortal (see `makeContext(of: NativeBody)`).
    static func makeContext(of body: @escaping (VM, Value) throws(PyException) -> Value) {
        struct Holder { var body: (VM, Value) throws(PyException) -> Value }
        makeContext(in: Holder(body: body))
    }

    /// Makes the context of an allocator immortal (see `makeContext(of: NativeBody)`).
    static func makeContext(of body: @escaping (PyType) -> PyObject) {
        struct Holder { var body: (PyType) -> PyObject }
        makeContext(in: Holder(body: body))
    }

    /// Makes the context of a string function immortal (see `makeContext(of: NativeBody)`).
    static func makeContext(of body: @escaping (String) -> String) {
        struct Holder { var body: (String) -> String }
        makeContext(in: Holder(body: body))
    }

    /// Makes the context of a string predicate immortal (see `makeContext(of: NativeBody)`).
    static func makeContext(of body: @escaping (String) -> Bool) {
        struct Holder { var body: (String) -> Bool }
        makeContext(in: Holder(body: body))
    }

    /// The context is the second word of a struct holding one closure.
    private static func makeContext<Holder>(in holder: Holder) {
        withUnsafeBytes(of: holder) { raw in
            if let context = raw.load(fromByteOffset: MemoryLayout<UnsafeRawPointer>.size, as: UnsafeMutableRawPointer?.self) {
                swiftImmortalize(context)
            }
        }
    }
}
