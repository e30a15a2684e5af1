import Testing
@testable import VM

/// The memory layout of `Value` that `ValuePeek.swift` reads directly.
@Suite("Value layout")
struct ValueLayoutTests {
    @Test("A value is an 8-byte payload followed by a one-byte tag")
    func size() {
        #expect(MemoryLayout<Value>.size == 9)
        #expect(MemoryLayout<Value>.stride == 16)
    }

    @Test("Payload cases have the tags the register peeking assumes")
    func tags() {
        #expect(valueTag(.bool(true)) == 0)
        #expect(valueTag(.int(-1)) == 1)
        #expect(valueTag(.float(1.5)) == 2)
        #expect(valueTag(.object(PyList([Value]()))) == UnsafeMutablePointer<Value>.objectTag)
        #expect(valueTag(.none) != UnsafeMutablePointer<Value>.objectTag)
        #expect(valueTag(.undefined) != UnsafeMutablePointer<Value>.objectTag)
    }

    @Test("Peeking a register finds exactly the object it holds")
    func peek() {
        let list = PyList([Value.int(1)])
        let register = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { register.deallocate() }
        register.initialize(to: .object(list))
        #expect(register.peekObject()?.takeUnretainedValue() === list)
        for value in [Value.int(3), .float(0), .bool(false), .none, .undefined, .int(Int(bitPattern: UInt(bitPattern: -1)))] {
            register.pointee = value
            #expect(register.peekObject() == nil)
        }
        register.deinitialize(count: 1)
    }
}
