import Compiler
import Bytecode
import Syntax
import Foundation

let path = CommandLine.arguments[1]
let text = try! String(contentsOfFile: path, encoding: .utf8)
do {
    let code = try Compiler.compile(source: text, filename: path)
    print(Disassembler.listing(code))
} catch {
    print("SyntaxError:", error.message, error.location)
}
