@testable import Bytecode
import Compiler
import Testing

/// The instruction encoding and the shape of compiled code.
@Suite("Bytecode")
struct BytecodeTests {
    @Test("An instruction is 8 bytes")
    func instructionSize() {
        #expect(MemoryLayout<Instruction>.size == 8)
        #expect(MemoryLayout<Instruction>.stride == 8)
    }

    @Test("Wide and 24-bit jump targets round-trip")
    func targets() {
        var jump = Instruction(.jump, a: 0, wide: 0)
        jump.setTarget(0x12_3456)
        #expect(jump.wide == 0x12_3456)
        let branch = Instruction(.jumpIfFalse, a: 3, wide: 70_000)
        #expect(branch.wide == 70_000)
        #expect(Instruction(.lessImmediate, a: 0, b: 0, c: UInt16(bitPattern: -5)).immediate == -5)
    }

    @Test("Every opcode has a distinct mnemonic")
    func mnemonics() {
        let names = Opcode.allCases.map(\.mnemonic)
        #expect(Set(names).count == names.count)
        #expect(!names.contains(""))
    }

    @Test("Every instruction of compiled code disassembles, and locals live in registers")
    func disassembly() throws {
        let source = """
        def add(a, b):
            total = a + b
            for i in range(3):
                total += i
            return total
        class Point:
            def __init__(self, x):
                self.x = x
        print(add(1, 2), [p * 2 for p in (1, 2)], Point(3).x)
        """
        let module = try Compiler.compile(source: source, filename: "t.py")
        let listing = Disassembler.listing(module)
        #expect(listing.contains("add"))
        let function = try #require(module.constants.compactMap { constant -> CodeObject? in
            if case .code(let code) = constant { return code }
            return nil
        }.first { $0.name == "add" })
        #expect(function.localNames.prefix(3) == ["a", "b", "total"])
        #expect(function.positionalCount == 2)
        #expect(function.registerCount >= function.localNames.count)
        #expect(function.lines.count == function.instructions.count)
        let functionListing = Disassembler.listing(function)
        #expect(functionListing.split(separator: "\n").count >= function.instructions.count)
    }
}
