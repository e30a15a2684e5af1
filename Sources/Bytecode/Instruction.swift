/// One 8-byte instruction: an opcode, an extra byte and three 16-bit fields (see ``Opcode``).
public struct Instruction: Sendable, Equatable {
    /// What the instruction does.
    public var opcode: Opcode
    /// Flags or the high bits of a 24-bit jump target.
    public var x: UInt8
    /// The first field, usually the destination register.
    public var a: UInt16
    /// The second field.
    public var b: UInt16
    /// The third field.
    public var c: UInt16

    /// The value of a 16-bit field meaning "no register" or "no constant".
    public static let none: UInt16 = 0xFFFF

    /// Creates an instruction from its fields.
    @inlinable
    public init(_ opcode: Opcode, a: UInt16 = 0, b: UInt16 = 0, c: UInt16 = 0, x: UInt8 = 0) {
        self.opcode = opcode
        self.x = x
        self.a = a
        self.b = b
        self.c = c
    }

    /// Creates an instruction whose `b:c` pair holds a 32-bit value (a constant index or a jump target).
    public init(_ opcode: Opcode, a: UInt16 = 0, wide: Int) {
        self.init(opcode, a: a, b: UInt16(truncatingIfNeeded: wide >> 16), c: UInt16(truncatingIfNeeded: wide))
    }

    /// Creates an instruction whose `c` and `x` hold a 24-bit jump target.
    public init(_ opcode: Opcode, a: UInt16, b: UInt16, target24: Int) {
        self.init(opcode, a: a, b: b, c: UInt16(truncatingIfNeeded: target24), x: UInt8(truncatingIfNeeded: target24 >> 16))
    }

    /// The 32-bit value held in `b:c`.
    @inlinable public var wide: Int { Int(b) << 16 | Int(c) }
    /// The 24-bit value held in `x:c`.
    @inlinable public var target24: Int { Int(x) << 16 | Int(c) }
    /// The `c` field read as a signed immediate.
    @inlinable public var immediate: Int { Int(Int16(bitPattern: c)) }

    /// Rewrites the jump target of a jump instruction (used when patching forward jumps).
    public mutating func setTarget(_ target: Int) {
        switch opcode.format.roles.b {
        case .target32:
            b = UInt16(truncatingIfNeeded: target >> 16)
            c = UInt16(truncatingIfNeeded: target)
        default:
            c = UInt16(truncatingIfNeeded: target)
            x = UInt8(truncatingIfNeeded: target >> 16)
        }
    }

    /// The jump target of a jump instruction, or nil.
    public var jumpTarget: Int? {
        if opcode.format.roles.b == .target32 && opcode != .loadConst { return wide }
        if opcode.format.roles.c == .target24 { return target24 }
        return nil
    }
}
