import Bytecode
import Compiler
import Foundation

/// Prints the bytecode of a script.
enum Disassemble {
    static func run(_ path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("cannot read \(path)")
            exit(2)
        }
        do {
            let code = try Compiler.compile(source: text, filename: path)
            print(Disassembler.listing(code))
        } catch {
            print("SyntaxError:", error.message, error.location)
        }
    }
}
