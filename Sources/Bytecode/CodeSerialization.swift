import Support

/// Code objects as bytes, so functions can be shipped to other interpreters (each worker thread
/// has its own VM and needs its own copy of the code it runs).
extension CodeObject {
    /// Appends this code object (and its nested code constants) to `writer`.
    public func write(to writer: inout ByteWriter) {
        writer.string(name)
        writer.string(qualifiedName)
        writer.string(filename)
        writer.int(firstLine)
        writer.int(instructions.count)
        for instruction in instructions {
            writer.byte(instruction.opcode.rawValue)
            writer.byte(instruction.x)
            writer.int32(Int32(instruction.a) | Int32(instruction.b) << 16)
            writer.int32(Int32(instruction.c))
        }
        writer.int(lines.count)
        for line in lines { writer.int32(line) }
        writer.int(constants.count)
        for constant in constants { constant.write(to: &writer) }
        writer.int(names.count)
        for name in names { writer.string(name) }
        writer.int(handlers.count)
        for entry in handlers {
            writer.int(entry.start)
            writer.int(entry.end)
            writer.int(entry.handler)
            writer.int(Int(entry.register))
            writer.int(entry.depth)
        }
        writer.int(registerCount)
        writer.int(localNames.count)
        for name in localNames { writer.string(name) }
        writer.int(positionalCount)
        writer.int(positionalOnlyCount)
        writer.int(keywordOnlyCount)
        writer.int(Int(flags.rawValue))
        writer.int(freeNames.count)
        for name in freeNames { writer.string(name) }
        writer.int(freeRegister)
        writer.int(cellRegisters.count)
        for register in cellRegisters { writer.int(register) }
        writer.optionalString(docstring)
    }

    /// Reads a code object written by `write(to:)`.
    public static func read(from reader: inout ByteReader) throws(ByteReaderError) -> CodeObject {
        let code = CodeObject(name: try reader.string(), qualifiedName: try reader.string(),
                              filename: try reader.string(), firstLine: try reader.int())
        let instructionCount = try reader.count()
        code.instructions.reserveCapacity(instructionCount)
        for _ in 0 ..< instructionCount {
            guard let opcode = Opcode(rawValue: try reader.byte()) else { throw ByteReaderError("unknown opcode") }
            let x = try reader.byte()
            let ab = UInt32(bitPattern: try reader.int32())
            let c = UInt32(bitPattern: try reader.int32())
            code.instructions.append(Instruction(opcode, a: UInt16(truncatingIfNeeded: ab), b: UInt16(truncatingIfNeeded: ab >> 16),
                                                 c: UInt16(truncatingIfNeeded: c), x: x))
        }
        code.lines = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try reader.int32() }
        code.constants = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try Constant.read(from: &reader) }
        code.names = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try reader.string() }
        code.handlers = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in
            ExceptionHandlerEntry(start: try reader.int(), end: try reader.int(), handler: try reader.int(),
                                  register: UInt16(truncatingIfNeeded: try reader.int()), depth: try reader.int())
        }
        code.registerCount = try reader.int()
        code.localNames = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try reader.string() }
        code.positionalCount = try reader.int()
        code.positionalOnlyCount = try reader.int()
        code.keywordOnlyCount = try reader.int()
        code.flags = CodeFlags(rawValue: UInt32(truncatingIfNeeded: try reader.int()))
        code.freeNames = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try reader.string() }
        code.freeRegister = try reader.int()
        code.cellRegisters = try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try reader.int() }
        code.docstring = try reader.optionalString()
        return code
    }
}

extension Constant {
    /// Appends this constant to `writer`.
    func write(to writer: inout ByteWriter) {
        switch self {
        case .none: writer.byte(0)
        case .ellipsis: writer.byte(1)
        case .bool(let value): writer.byte(value ? 3 : 2)
        case .int(let value): writer.byte(4); writer.int(value)
        case .bigInt(let text): writer.byte(5); writer.string(text)
        case .float(let value): writer.byte(6); writer.double(value)
        case .string(let text): writer.byte(7); writer.string(text)
        case .bytes(let bytes): writer.byte(8); writer.data(bytes)
        case .tuple(let items):
            writer.byte(9)
            writer.int(items.count)
            for item in items { item.write(to: &writer) }
        case .code(let code): writer.byte(10); code.write(to: &writer)
        }
    }

    /// Reads a constant written by `write(to:)`.
    static func read(from reader: inout ByteReader) throws(ByteReaderError) -> Constant {
        switch try reader.byte() {
        case 0: return .none
        case 1: return .ellipsis
        case 2: return .bool(false)
        case 3: return .bool(true)
        case 4: return .int(try reader.int())
        case 5: return .bigInt(try reader.string())
        case 6: return .float(try reader.double())
        case 7: return .string(try reader.string())
        case 8: return .bytes(try reader.data())
        case 9: return .tuple(try (0 ..< reader.count()).map { (_: Int) throws(ByteReaderError) in try Constant.read(from: &reader) })
        case 10: return .code(try CodeObject.read(from: &reader))
        case let tag: throw ByteReaderError("unknown constant tag \(tag)")
        }
    }
}
