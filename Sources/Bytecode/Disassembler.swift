/// Renders code objects as text, one instruction per line, driven by the opcode table.
public enum Disassembler {
    /// The listing of `code` and, after it, of every nested code object.
    public static func listing(_ code: CodeObject) -> String {
        var text = "code \(code.qualifiedName) (registers: \(code.registerCount), locals: \(code.localNames.joined(separator: ", ")))\n"
        for (pc, instruction) in code.instructions.enumerated() {
            text += String(repeating: " ", count: max(0, 5 - String(pc).count)) + String(pc) + "  "
            text += render(instruction, in: code) + "\n"
        }
        for entry in code.handlers {
            text += "  handler [\(entry.start), \(entry.end)) -> \(entry.handler) r\(entry.register) depth \(entry.depth)\n"
        }
        for constant in code.constants {
            if case .code(let nested) = constant { text += "\n" + listing(nested) }
        }
        return text
    }

    /// One instruction with its operands interpreted.
    public static func render(_ instruction: Instruction, in code: CodeObject) -> String {
        let format = instruction.opcode.format
        var parts = [format.name.padding(to: 20)]
        let fields = [(format.roles.a, instruction.a), (format.roles.b, instruction.b), (format.roles.c, instruction.c)]
        for (role, value) in fields {
            switch role {
            case .register: parts.append("r\(value)")
            case .optionalRegister: parts.append(value == Instruction.none ? "-" : "r\(value)")
            case .constant:
                parts.append(Int(value) < code.constants.count ? "#\(value) \(code.constants[Int(value)].summary)" : "#\(value)")
            case .optionalConstant:
                if value == Instruction.none { parts.append("-") } else if Int(value) < code.constants.count {
                    parts.append("#\(value) \(code.constants[Int(value)].summary)")
                }
            case .name: parts.append(Int(value) < code.names.count ? "'\(code.names[Int(value)])'" : "?\(value)")
            case .count: parts.append(String(value))
            case .immediate: parts.append(String(instruction.immediate))
            case .target32:
                if instruction.opcode == .loadConst {
                    let index = instruction.wide
                    parts.append(index < code.constants.count ? "#\(index) \(code.constants[index].summary)" : "#\(index)")
                } else {
                    parts.append("-> \(instruction.wide)")
                }
            case .target24: parts.append("-> \(instruction.target24)")
            case .unused: break
            }
        }
        if instruction.x != 0 && format.roles.c != .target24 { parts.append("x=\(instruction.x)") }
        return parts.joined(separator: " ")
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
